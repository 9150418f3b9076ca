import { describe, expect, it } from 'vitest';
import { foldSmsText, matchStopKeyword, phoneLookupCandidates, toE164 } from './sms-stop.ts';

describe('matchStopKeyword', () => {
  it.each([
    ['STOP', 'STOP', null],
    ['stop', 'STOP', null],
    ['  Stop \n', 'STOP', null],
    ['Stop.', 'STOP', null],
    ['QUIT', 'QUIT', 'en'],
    ['end', 'END', 'en'],
    ['Revoke', 'REVOKE', 'en'],
    ['opt out', 'OPT OUT', 'en'],
    ['Opt-Out', 'OPT OUT', 'en'],
    ['CANCEL', 'CANCEL', 'en'],
    ['unsubscribe', 'UNSUBSCRIBE', 'en'],
    ['STOPALL', 'STOPALL', 'en'],
    ['afmelden', 'AFMELDEN', 'nl'],
    ['Uitschrijven', 'UITSCHRIJVEN', 'nl'],
    ['HUY', 'HUY', 'vi'],
    ['HỦY', 'HUY', 'vi'],
    ['hủy', 'HUY', 'vi'],
    ['TU CHOI', 'TU CHOI', 'vi'],
    ['Từ chối', 'TU CHOI', 'vi'],
    ['DUNG', 'DUNG', 'vi'],
    ['dừng', 'DUNG', 'vi'],
  ] as const)('when the text is %j, then it is the keyword %s (%s)', (text, keyword, language) => {
    expect(matchStopKeyword(text)).toEqual({ keyword, language });
  });

  it.each(['STOP sending me offers', 'hello', '', 'STOPP', 'please unsubscribe me', 'START'])(
    'when the text is %j, then it is not a STOP keyword',
    (text) => {
      expect(matchStopKeyword(text)).toBeNull();
    },
  );

  it('when folding, then accents, đ and punctuation go', () => {
    expect(foldSmsText(' Đừng—gửi! ')).toBe('DUNG GUI');
  });
});

describe('toE164', () => {
  it.each([
    ['+31 6 1234 5678', 'NL', '+31612345678'],
    ['06-12345678', 'NL', '+31612345678'],
    ['0031 6 1234 5678', 'NL', '+31612345678'],
    ['+1 (559) 555-0142', 'US', '+15595550142'],
    ['(559) 555-0142', 'US', '+15595550142'],
    ['1-559-555-0142', 'US', '+15595550142'],
    ['011 31 6 1234 5678', 'US', '+31612345678'],
    ['+84 912 345 678', 'VN', '+84912345678'],
    ['0912 345 678', 'VN', '+84912345678'],
    ['081 234 5678', 'TH', '+66812345678'],
  ])('when %j is read in %s, then it is %s', (raw, country, e164) => {
    expect(toE164(raw, country)).toBe(e164);
  });

  it.each([
    ['not a number', 'NL'],
    ['555-0142', 'US'],
    ['+0 123', 'NL'],
    ['', 'NL'],
  ])('when %j is read in %s, then it is no number', (raw, country) => {
    expect(toE164(raw, country)).toBeNull();
  });

  it("when looking up, then the national form of a number of the operator's country is tried too", () => {
    expect(phoneLookupCandidates('+31612345678', 'NL')).toEqual(['+31612345678', '0612345678']);
    expect(phoneLookupCandidates('+15595550142', 'US')).toEqual(['+15595550142', '5595550142']);
    expect(phoneLookupCandidates('+31612345678', 'US')).toEqual(['+31612345678']);
  });
});
