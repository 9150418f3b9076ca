/** Saves the certificate as a file the person keeps (a compact JWS is plain text). */
export function saveCertificate(certificate: string, reference: string): void {
  const url = URL.createObjectURL(new Blob([certificate], { type: 'application/jose' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `erasure-certificate-${reference}.jws`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
