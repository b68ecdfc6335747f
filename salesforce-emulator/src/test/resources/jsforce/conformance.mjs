// Drives jsforce, unchanged, against a running emulator and reports one JSON line per check.
// The Java test that starts this script answers "await" lines (clock moves, limit changes) on stdin.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import readline from 'node:readline';
import jsforce from 'jsforce';

const cfg = JSON.parse(process.env.CONFORMANCE_CONFIG);
const version = cfg.version;
const lines = readline.createInterface({ input: process.stdin });
const replies = lines[Symbol.asyncIterator]();

function emit(obj) {
  process.stdout.write(JSON.stringify(obj) + '\n');
}

async function ask(action, args = {}) {
  emit({ type: 'await', action, ...args });
  const { value } = await replies.next();
  const reply = JSON.parse(value);
  if (!reply.ok) throw new Error(`${action} failed: ${reply.error}`);
  return reply;
}

async function check(name, fn) {
  try {
    await fn();
    emit({ type: 'result', name, ok: true });
  } catch (e) {
    process.stderr.write(`${name}: ${e.stack}\n`);
    emit({ type: 'result', name, ok: false, error: `${e.name}: ${e.message}` });
  }
}

async function rejects(promise, errorCode) {
  try {
    await promise;
  } catch (e) {
    assert.equal(e.errorCode ?? e.name, errorCode, `expected ${errorCode}, got ${e.name}: ${e.message}`);
    return e;
  }
  assert.fail(`expected ${errorCode}, but the call succeeded`);
}

function oauth2(extra = {}) {
  return new jsforce.OAuth2({
    loginUrl: cfg.baseUrl,
    clientId: cfg.clientId,
    clientSecret: cfg.clientSecret,
    redirectUri: cfg.redirectUri,
    ...extra,
  });
}

function task(subject, extra = {}) {
  return { Subject: subject, Status: 'Not Started', Priority: 'Normal', ...extra };
}

/** Walks the emulator's authorize pages as a browser would: login form, consent form, redirect. */
async function authorizeInBrowserStyle(url) {
  let res = await fetch(url, { redirect: 'manual' });
  let cookies = [];
  const keep = (r) => {
    const set = r.headers.getSetCookie?.() ?? [];
    cookies = cookies.concat(set.map((c) => c.split(';')[0]));
  };
  keep(res);
  for (let step = 0; step < 5; step++) {
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.get('location');
      if (location.startsWith(cfg.redirectUri)) return new URL(location);
      res = await fetch(new URL(location, url), { redirect: 'manual', headers: { cookie: cookies.join('; ') } });
      keep(res);
      continue;
    }
    const html = await res.text();
    const form = html.match(/<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i);
    assert.ok(form, `no form on page ${res.status}: ${html.slice(0, 300)}`);
    const params = new URLSearchParams();
    for (const input of form[2].matchAll(/<input[^>]*>/gi)) {
      const name = attr(input[0], 'name');
      const type = attr(input[0], 'type')?.toLowerCase();
      if (!name || type === 'submit') continue;
      params.set(name, attr(input[0], 'value') ?? '');
    }
    // A browser sends the name and value of the one submit control that was clicked: the approving one.
    const submit = [...form[2].matchAll(/<(?:button|input)[^>]*type="submit"[^>]*>/gi)]
      .map((m) => m[0])
      .find((tag) => !/deny|cancel/i.test(tag));
    if (submit && attr(submit, 'name')) params.set(attr(submit, 'name'), attr(submit, 'value') ?? '');
    if (params.has('username')) params.set('username', cfg.username);
    if (params.has('pw')) params.set('pw', cfg.password);
    if (params.has('password')) params.set('password', cfg.password);
    const action = new URL(decodeEntities(form[1]) || url, url);
    res = await fetch(action, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
      body: params.toString(),
    });
    keep(res);
  }
  assert.fail('the authorize pages never redirected back');
}

function attr(tag, name) {
  const value = tag.match(new RegExp(`\\s${name}="([^"]*)"`, 'i'))?.[1];
  return value === undefined ? undefined : decodeEntities(value);
}

function decodeEntities(s) {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

function jwtAssertion(nowSeconds) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const header = b64({ alg: 'RS256' });
  const claims = b64({ iss: cfg.clientId, sub: cfg.username, aud: cfg.baseUrl, exp: nowSeconds + 180 });
  const signature = crypto.sign('RSA-SHA256', Buffer.from(`${header}.${claims}`), cfg.jwtPrivateKeyPem).toString('base64url');
  return `${header}.${claims}.${signature}`;
}

const conn = new jsforce.Connection({ oauth2: oauth2(), version });
const created = [];

await check('password login gives a Salesforce-shaped session', async () => {
  const info = await conn.login(cfg.username, cfg.password);
  assert.match(conn.accessToken, /^00D[0-9A-Za-z]{12}![^\s]+$/);
  assert.equal(conn.instanceUrl, cfg.baseUrl);
  assert.equal(info.organizationId, cfg.orgId);
  assert.equal(info.id, cfg.userId);
});

await check('identity URL answers for the session user', async () => {
  const id = await conn.identity();
  assert.equal(id.username, cfg.username);
  assert.equal(id.user_id, cfg.userId);
  assert.equal(id.organization_id, cfg.orgId);
});

await check('version list includes the requested version', async () => {
  const res = await fetch(`${cfg.baseUrl}/services/data/`);
  const versions = await res.json();
  assert.ok(versions.some((v) => v.version === version), JSON.stringify(versions.slice(-3)));
});

await check('describeGlobal and describe Task', async () => {
  const global = await conn.describeGlobal();
  const names = global.sobjects.map((s) => s.name);
  for (const n of ['Task', 'Contact', 'Lead', 'Account', 'Opportunity', 'User', 'TaskStatus']) assert.ok(names.includes(n), n);
  const d = await conn.sobject('Task').describe();
  assert.equal(d.keyPrefix, '00T');
  const subject = d.fields.find((f) => f.name === 'Subject');
  assert.equal(subject.length, 255);
  const status = d.fields.find((f) => f.name === 'Status');
  assert.ok(status.picklistValues.some((p) => p.value === 'Completed'));
  const ext = d.fields.find((f) => f.name === cfg.externalIdField);
  assert.ok(ext && ext.externalId, 'external id field described');
});

let taskId;
await check('create, retrieve and retrieve with fields', async () => {
  const res = await conn.sobject('Task').create(task('Call Ada', { ActivityDate: '2026-11-23' }));
  assert.equal(res.success, true);
  assert.match(res.id, /^00T[0-9A-Za-z]{15}$/);
  taskId = res.id;
  created.push(taskId);
  const rec = await conn.sobject('Task').retrieve(taskId);
  assert.equal(rec.Subject, 'Call Ada');
  assert.equal(rec.ActivityDate, '2026-11-23');
  assert.equal(rec.IsClosed, false);
  assert.equal(rec.attributes.type, 'Task');
  assert.match(rec.CreatedDate, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
  const few = await conn.request(`/sobjects/Task/${taskId}?fields=Subject,Status`);
  assert.deepEqual(Object.keys(few).filter((k) => k !== 'attributes' && k !== 'Id').sort(), ['Status', 'Subject']);
});

await check('update closes the task and advances SystemModstamp', async () => {
  const before = await conn.sobject('Task').retrieve(taskId);
  const res = await conn.sobject('Task').update({ Id: taskId, Status: 'Completed' });
  assert.equal(res.success, true);
  const after = await conn.sobject('Task').retrieve(taskId);
  assert.equal(after.IsClosed, true);
  assert.ok(after.SystemModstamp > before.SystemModstamp, `${after.SystemModstamp} > ${before.SystemModstamp}`);
});

await check('upsert by external ID creates then updates', async () => {
  const key = `conf-${Date.now()}`;
  const first = await conn.sobject('Task').upsert({ [cfg.externalIdField]: key, ...task('Upserted') }, cfg.externalIdField);
  assert.equal(first.success, true);
  assert.equal(first.created, true);
  created.push(first.id);
  const second = await conn.sobject('Task').upsert({ [cfg.externalIdField]: key, Subject: 'Upserted again' }, cfg.externalIdField);
  assert.equal(second.success, true);
  assert.equal(second.created, false);
  assert.equal((await conn.sobject('Task').retrieve(first.id)).Subject, 'Upserted again');
});

await check('collections create with a per-record error', async () => {
  const res = await conn.sobject('Task').create([task('Batch one'), task('Batch two', { Status: 'Nope' }), task('Batch three')], { allOrNone: false });
  assert.equal(res.length, 3);
  assert.equal(res[0].success, true);
  assert.equal(res[1].success, false);
  assert.equal(res[2].success, true);
  assert.equal(res[1].errors[0].statusCode ?? res[1].errors[0].errorCode, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
  created.push(res[0].id, res[2].id);
});

await check('collections allOrNone rolls the innocent back', async () => {
  const before = (await conn.query("SELECT COUNT() FROM Task")).totalSize;
  const res = await conn.sobject('Task').create([task('AON one'), task('AON two', { Status: 'Nope' })], { allOrNone: true }).catch((e) => e);
  const after = (await conn.query("SELECT COUNT() FROM Task")).totalSize;
  assert.equal(after, before);
  if (Array.isArray(res)) {
    assert.equal(res[0].success, false);
    assert.equal(res[0].errors[0].statusCode ?? res[0].errors[0].errorCode, 'ALL_OR_NONE_OPERATION_ROLLED_BACK');
  }
});

await check('collections update, retrieve and delete', async () => {
  const ids = (await conn.sobject('Task').create([task('Coll A'), task('Coll B')])).map((r) => r.id);
  const upd = await conn.sobject('Task').update(ids.map((Id) => ({ Id, Priority: 'High' })));
  assert.ok(upd.every((r) => r.success));
  const got = await conn.sobject('Task').retrieve(ids, { fields: ['Priority'] });
  assert.deepEqual(got.map((r) => r.Priority), ['High', 'High']);
  const del = await conn.sobject('Task').destroy(ids);
  assert.ok(del.every((r) => r.success));
});

await check('query pages through nextRecordsUrl with batchSize', async () => {
  const batch = [];
  for (let i = 0; i < 450; i++) batch.push(task(`Paged ${String(i).padStart(3, '0')}`));
  for (let i = 0; i < batch.length; i += 200) {
    const res = await conn.sobject('Task').create(batch.slice(i, i + 200));
    assert.ok(res.every((r) => r.success));
  }
  let pages = 0;
  const q = conn.query("SELECT Id, Subject FROM Task WHERE Subject LIKE 'Paged %' ORDER BY Subject");
  q.on('fetch', () => pages++);
  const res = await q.execute({ autoFetch: true, maxFetch: 10000, headers: { 'Sforce-Query-Options': 'batchSize=200' } });
  assert.equal(res.totalSize, 450);
  assert.equal(res.records.length, 450);
  assert.equal(res.records[0].Subject, 'Paged 000');
  assert.equal(res.records[449].Subject, 'Paged 449');
  assert.equal(pages, 3);
});

await check('count() and queryAll see deleted rows', async () => {
  const n = await conn.sobject('Task').count({ Subject: 'Call Ada' });
  assert.equal(n, 1);
  const doomed = (await conn.sobject('Task').create(task('Doomed'))).id;
  await conn.sobject('Task').destroy(doomed);
  const live = await conn.query(`SELECT Id FROM Task WHERE Id = '${doomed}'`);
  assert.equal(live.totalSize, 0);
  const all = await conn.query(`SELECT Id, IsDeleted FROM Task WHERE Id = '${doomed}'`).scanAll(true).execute();
  assert.equal(all.totalSize, 1);
  assert.equal(all.records[0].IsDeleted, true);
  await rejects(conn.sobject('Task').retrieve(doomed), 'ENTITY_IS_DELETED');
  cfg.doomed = doomed;
});

await check('replication calls list updated and deleted ids', async () => {
  const start = new Date(Date.parse((await ask('clock')).now) - 10 * 60 * 1000);
  await ask('advance-clock', { minutes: 2 });
  const end = new Date((await ask('clock')).now);
  const updated = await conn.sobject('Task').updated(start, end);
  assert.ok(updated.ids.includes(taskId), 'updated ids include the edited task');
  assert.ok(updated.latestDateCovered);
  const deleted = await conn.sobject('Task').deleted(start, end);
  assert.ok(deleted.deletedRecords.some((r) => r.id === cfg.doomed), 'deleted records include the deleted task');
  assert.ok(deleted.earliestDateAvailable);
});

await check('errors surface with Salesforce error codes', async () => {
  await rejects(conn.query('SELEC Id FROM Task'), 'MALFORMED_QUERY');
  await rejects(conn.query('SELECT Nope FROM Task'), 'INVALID_FIELD');
  await rejects(conn.sobject('Task').retrieve('00Tnotanid'), 'MALFORMED_ID');
  await rejects(conn.sobject('Task').create({ Subject: 'x'.repeat(256) }), 'STRING_TOO_LONG');
  await rejects(conn.sobject('Task').create({ Subject: 'x', Bogus__c: 1 }), 'INVALID_FIELD');
  await rejects(conn.sobject('Task').create({ Subject: 'x', WhoId: cfg.foreignContactId }), 'INVALID_CROSS_REFERENCE_KEY');
});

await check('tooling query reads the Change Data Capture selection', async () => {
  const res = await conn.tooling.query(
    "SELECT Id, DeveloperName, EventChannel, SelectedEntity FROM PlatformEventChannelMember WHERE SelectedEntity = 'TaskChangeEvent'");
  assert.equal(res.totalSize, 1);
  assert.equal(res.done, true);
  const member = res.records[0];
  assert.equal(member.attributes.type, 'PlatformEventChannelMember');
  assert.match(member.Id, /^0v8[0-9A-Za-z]{15}$/);
  assert.equal(member.DeveloperName, 'ChangeEvents_TaskChangeEvent');
  assert.equal(member.EventChannel, 'ChangeEvents');
  assert.equal(member.SelectedEntity, 'TaskChangeEvent');
  await rejects(conn.tooling.query('SELECT Id FROM Task'), 'INVALID_TYPE');
});

await check('limits and Sforce-Limit-Info', async () => {
  const limits = await conn.limits();
  assert.ok(limits.DailyApiRequests.Max > 0);
  assert.ok(conn.limitInfo.apiUsage.used > 0, JSON.stringify(conn.limitInfo));
  assert.equal(conn.limitInfo.apiUsage.limit, limits.DailyApiRequests.Max);
});

await check('REQUEST_LIMIT_EXCEEDED past the allocation', async () => {
  await ask('exhaust-api-limit');
  await rejects(conn.query('SELECT Id FROM Task LIMIT 1'), 'REQUEST_LIMIT_EXCEEDED');
  await ask('restore-api-limit');
  await conn.query('SELECT Id FROM Task LIMIT 1');
});

await check('authorization code with PKCE, then refresh on an expired session', async () => {
  const o = oauth2({ useVerifier: true });
  const back = await authorizeInBrowserStyle(o.getAuthorizationUrl({ state: 'st-123' }));
  assert.equal(back.searchParams.get('state'), 'st-123');
  const c = new jsforce.Connection({ oauth2: o, version });
  await c.authorize(back.searchParams.get('code'));
  assert.ok(c.refreshToken, 'refresh token issued');
  const before = c.accessToken;
  let refreshed = 0;
  c.on('refresh', () => refreshed++);
  await ask('expire-sessions');
  const res = await c.query('SELECT Id FROM Task LIMIT 1');
  assert.equal(res.done, true);
  assert.equal(refreshed, 1);
  assert.notEqual(c.accessToken, before);
});

await check('JWT bearer grant', async () => {
  const c = new jsforce.Connection({ oauth2: oauth2(), version });
  const now = Math.floor(Date.parse((await ask('clock')).now) / 1000);
  const info = await c.authorize({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: jwtAssertion(now) });
  assert.equal(info.id, cfg.userId);
  assert.equal((await c.query('SELECT COUNT() FROM Task')).done, true);
});

await check('revoked token gets INVALID_SESSION_ID', async () => {
  await conn.query('SELECT Id FROM Task LIMIT 1'); // the password session expired above: jsforce logs in again
  const c = new jsforce.Connection({ instanceUrl: cfg.baseUrl, accessToken: conn.accessToken, version });
  await oauth2().revokeToken(conn.accessToken);
  await rejects(c.query('SELECT Id FROM Task LIMIT 1'), 'INVALID_SESSION_ID');
});

emit({ type: 'done' });
lines.close();
