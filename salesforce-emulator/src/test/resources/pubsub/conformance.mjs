// Drives salesforce-pubsub-api-client, unchanged, against a running emulator and reports one JSON
// line per check. Record changes are made through the emulator's REST API with fetch.
import assert from 'node:assert/strict';
import PubSubApiClient from 'salesforce-pubsub-api-client';

const cfg = JSON.parse(process.env.CONFORMANCE_CONFIG);
const TOPIC = '/data/TaskChangeEvent';
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

function emit(obj) {
  process.stdout.write(JSON.stringify(obj) + '\n');
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

function client(accessToken = cfg.accessToken) {
  return new PubSubApiClient({
    authType: 'user-supplied',
    accessToken,
    instanceUrl: cfg.instanceUrl,
    organizationId: cfg.organizationId,
    pubSubEndpoint: cfg.pubSubEndpoint,
    rejectUnauthorizedSsl: false,
  }, quiet);
}

async function rest(method, path, body) {
  const response = await fetch(`${cfg.baseUrl}/services/data/v66.0${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${cfg.accessToken}`,
      'Content-Type': 'application/json',
      'Sforce-Call-Options': 'client=npm-check',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.status < 300, `${method} ${path}: ${response.status} ${text}`);
  return text === '' ? null : JSON.parse(text);
}

/** Collects what a subscription's callback receives, and waits for it with a deadline. */
function collector() {
  const seen = { events: [], errors: [], keepalives: 0 };
  const waiters = [];
  const callback = (subscription, type, data) => {
    if (type === 'event') seen.events.push(data);
    if (type === 'error') seen.errors.push(data);
    if (type === 'grpcKeepAlive') seen.keepalives++;
    waiters.forEach((w) => w());
  };
  const until = (condition, what) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 15000);
    const test = () => {
      if (condition(seen)) {
        clearTimeout(timer);
        resolve(seen);
      }
    };
    waiters.push(test);
    test();
  });
  return { callback, until, seen };
}

/** Waits until the emulator has set the subscription up, so that changes made next reach it. */
async function awaitOpenStreams(count) {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    const state = await (await fetch(`${cfg.baseUrl}/__admin/pubsub`)).json();
    if (state.openStreams >= count) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`no ${count} open streams`);
}

const live = client();
await live.connect();
const feed = collector();
let taskId;

await check('subscribes to /data/TaskChangeEvent and decodes a create event', async () => {
  live.subscribe(TOPIC, feed.callback, 3);
  await awaitOpenStreams(1);
  taskId = (await rest('POST', '/sobjects/Task', { Subject: 'Call Ann', Description: 'first call' })).id;
  const { events } = await feed.until((s) => s.events.length >= 1, 'the create event');
  const event = events[0];
  const header = event.payload.ChangeEventHeader;
  assert.equal(header.entityName, 'Task');
  assert.equal(header.changeType, 'CREATE');
  assert.deepEqual(header.recordIds, [taskId]);
  assert.equal(header.changeOrigin, 'com/salesforce/api/rest/66.0;client=npm-check');
  assert.equal(header.commitUser, cfg.userId);
  assert.equal(event.payload.Subject, 'Call Ann');
  assert.equal(event.payload.Status, 'Not Started');
  assert.ok(event.replayId > 0, `replay id ${event.replayId}`);
});

await check('decodes an update event with its changed and nulled fields', async () => {
  await rest('PATCH', `/sobjects/Task/${taskId}`, { Subject: 'Call Ann again', Description: null });
  const { events } = await feed.until((s) => s.events.length >= 2, 'the update event');
  const event = events[1];
  const header = event.payload.ChangeEventHeader;
  assert.equal(header.changeType, 'UPDATE');
  assert.deepEqual([...header.changedFields].sort(), ['Description', 'LastModifiedDate', 'Subject']);
  assert.deepEqual(header.nulledFields, ['Description']);
  assert.equal(event.payload.Subject, 'Call Ann again');
  assert.equal(event.payload.Status, null);
  assert.ok(event.replayId > events[0].replayId);
});

await check('decodes a delete event', async () => {
  await rest('DELETE', `/sobjects/Task/${taskId}`);
  const { events } = await feed.until((s) => s.events.length >= 3, 'the delete event');
  const header = events[2].payload.ChangeEventHeader;
  assert.equal(header.changeType, 'DELETE');
  assert.deepEqual(header.recordIds, [taskId]);
});

await check('replays the events after a stored replay id', async () => {
  const replay = client();
  await replay.connect();
  const again = collector();
  replay.subscribeFromReplayId(TOPIC, again.callback, 2, feed.seen.events[0].replayId);
  const { events } = await again.until((s) => s.events.length >= 2, 'the replayed events');
  assert.deepEqual(events.map((e) => e.replayId), feed.seen.events.slice(1).map((e) => e.replayId));
  assert.deepEqual(events.map((e) => e.payload.ChangeEventHeader.changeType), ['UPDATE', 'DELETE']);
  replay.close();
});

await check('receives keepalives while idle', async () => {
  const idle = client();
  await idle.connect();
  const quietFeed = collector();
  idle.subscribe(TOPIC, quietFeed.callback, 1);
  await quietFeed.until((s) => s.keepalives >= 1, 'a keepalive');
  idle.close();
});

await check('gets UNAUTHENTICATED with the auth error code for a bad access token', async () => {
  const bad = client(`${cfg.organizationId.substring(0, 15)}!not-a-session`);
  await bad.connect();
  const refused = collector();
  bad.subscribe(TOPIC, refused.callback, 1);
  const { errors } = await refused.until((s) => s.errors.length >= 1, 'the error');
  assert.equal(errors[0].code, 16);
  assert.deepEqual(errors[0].metadata.get('error-code'), ['sfdc.platform.eventbus.grpc.service.auth.error']);
  bad.close();
});

live.close();
emit({ type: 'done' });
process.exit(0);
