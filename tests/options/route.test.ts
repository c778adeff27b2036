import { describe, expect, it } from 'vitest';
import { editHash, parseRoute } from '../../src/options/route';

describe('the options page reads its section from the address', () => {
  it.each([
    ['', { section: 'follow-ups' }],
    ['#follow-ups', { section: 'follow-ups' }],
    ['#interviews', { section: 'interviews' }],
    ['#interviews/new', { section: 'interviews', edit: 'new' }],
    ['#interviews/edit/iv-1', { section: 'interviews', edit: { id: 'iv-1' } }],
    ['#profile', { section: 'profile' }],
    ['#settings', { section: 'settings' }],
    ['#backup', { section: 'backup' }],
    ['#welcome', { section: 'welcome' }],
    ['#nonsense', { section: 'follow-ups' }],
    ['#interviews/edit/%E0%A4%A', { section: 'interviews' }],
  ])('%j → %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each(['iv 1', 'a/b', 'ünïcode', '#?&'])('an edit link survives any interview id: %j', (id) => {
    expect(parseRoute(editHash(id))).toEqual({ section: 'interviews', edit: { id } });
  });
});
