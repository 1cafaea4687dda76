import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isRobotUrl, maskUrl, retryDelaySeconds } from '../../../contracts/webhooks.ts';
import { dingtalkSign, judgeAnswer, notificationMessage, notificationsKey, robotBody, signedUrl } from './message.ts';

describe('robot messages', () => {
  it('masks the query string and user info of an address', () => {
    expect(maskUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc')).toBe(
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***',
    );
    expect(maskUrl('https://u:p@h.test:8443/a?x=1&y=2')).toBe('https://***@h.test:8443/a?x=***&y=***');
    expect(maskUrl('https://h.test/a')).toBe('https://h.test/a');
    expect(maskUrl('nonsense')).toBe('***');
  });

  it('accepts only absolute http(s) addresses', () => {
    expect(isRobotUrl('https://oapi.dingtalk.com/robot/send?access_token=1')).toBe(true);
    expect(isRobotUrl('http://127.0.0.1:8080/x')).toBe(true);
    for (const u of ['ftp://h/x', 'javascript:alert(1)', 'file:///etc/passwd', '/relative', '']) {
      expect(isRobotUrl(u)).toBe(false);
    }
  });

  it('backs off 30 s · 2^(attempts − 1)', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 60, 120, 240]);
  });

  it('judges answers: 2xx and errcode 0 (or no JSON) is accepted', () => {
    expect(judgeAnswer(200, '')).toEqual({ ok: true });
    expect(judgeAnswer(204, 'plain text')).toEqual({ ok: true });
    expect(judgeAnswer(200, '{"errcode":0,"errmsg":"ok"}')).toEqual({ ok: true });
    expect(judgeAnswer(200, '{"errcode":40008,"errmsg":"invalid"}')).toEqual({
      ok: false,
      error: 'errcode 40008: invalid',
    });
    expect(judgeAnswer(302, '')).toEqual({ ok: false, error: 'HTTP 302' });
    expect(judgeAnswer(500, '{"errcode":0}')).toMatchObject({ ok: false });
  });

  it('builds the bodies of each kind and signs DingTalk addresses', () => {
    const m = { title: 'T', text: '### T\n- a' };
    expect(robotBody('wecom', m)).toEqual({ msgtype: 'markdown', markdown: { content: m.text } });
    expect(robotBody('dingtalk', m)).toEqual({ msgtype: 'markdown', markdown: { title: 'T', text: m.text } });
    const sign = createHmac('sha256', 's3').update('1700000000000\ns3').digest('base64');
    expect(dingtalkSign('s3', 1_700_000_000_000)).toBe(sign);
    const url = new URL(signedUrl('dingtalk', 'https://h.test/robot/send?access_token=t', 's3', 1_700_000_000_000));
    expect([
      url.searchParams.get('access_token'),
      url.searchParams.get('timestamp'),
      url.searchParams.get('sign'),
    ]).toEqual(['t', '1700000000000', sign]);
    expect(signedUrl('dingtalk', 'https://h.test/x', null, 1)).toBe('https://h.test/x');
    expect(signedUrl('wecom', 'https://h.test/x', 's3', 1)).toBe('https://h.test/x');
  });

  it('lists at most 20 items with their links, then how many more, escaping markdown in titles', () => {
    const items = Array.from({ length: 23 }, (_, i) => ({
      title: `事项*${i}*`,
      link: `/x/${i}`,
      dueOn: i === 0 ? '2026-01-31' : null,
    }));
    const m = notificationMessage(items);
    const lines = m.text.split('\n');
    expect(lines[0]).toBe('### 联点党建提醒（23 项）');
    expect(lines[1]).toBe('- 事项\\*0\\*（期限 2026-01-31） 链接：/x/0');
    expect(lines.filter((l) => l.startsWith('- '))).toHaveLength(20);
    expect(lines.at(-1)).toBe('另有 3 项');
    expect(notificationMessage(items.slice(0, 20)).text).not.toContain('另有');
  });

  it('keys a run by its sorted ids', () => {
    expect(notificationsKey([3, 1, 2])).toBe(notificationsKey([1, 2, 3]));
    expect(notificationsKey([1, 2])).not.toBe(notificationsKey([1, 2, 3]));
    expect(notificationsKey([1])).toMatch(/^notifications:[0-9a-f]{32}$/);
  });
});
