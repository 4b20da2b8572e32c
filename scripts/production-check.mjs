// Runs the built jar as an operator would, against telegram-test-api (a Bot API emulator we did not write), and
// checks what issue 5 promises: health and metrics when polling, webhook mode signed and unsigned, wrong settings
// that stop start-up with a clear message, and SIGTERM while Telegram is unreachable. Started by
// scripts/production-check.sh, which installs the emulator; exits 1 on a failed check.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import TelegramServer from 'telegram-test-api';

const require = createRequire(import.meta.url);
// The emulator's own axios (CommonJS, the same instance it posts webhooks with).
const axios = require('axios');

const token = `4242:AAH-production_check_${randomBytes(6).toString('hex')}`;
const secret = randomBytes(24).toString('hex');
const emulatorPort = Number(process.env.EMULATOR_PORT || 9177);
const serverPort = Number(process.env.SERVER_PORT || 18080);
const managementPort = Number(process.env.MANAGEMENT_PORT || 18081);
const home = process.env.BRIEFBOT_HOME || process.cwd();
const jar = process.env.BRIEFBOT_JAR || 'target/briefbot.jar';
const data = process.env.BRIEFBOT_DATA || os.tmpdir();
const management = `http://127.0.0.1:${managementPort}`;
const webhookUrl = `http://127.0.0.1:${serverPort}/telegram/webhook`;

let failures = 0;
const check = (name, ok, detail = '') => {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${ok || !detail ? '' : `: ${String(detail).slice(-3000)}`}`);
  if (!ok) failures++;
};

// The emulator, with what Telegram does and it does not: dates in seconds, setMyCommands answered, and once taught
// (webhook part),
// setWebhook sent as multipart/form-data (as TelegramBots sends it) and webhook posts signed with the secret_token.
const server = new TelegramServer({ port: emulatorPort, host: '127.0.0.1', storeTimeout: 600 });
await server.start();
const seen = [];
const faults = new Map();
const emulator = { takesMultipartWebhook: false };
const app = server.webServer;
// Its sent messages carry `date` in milliseconds, which TelegramBots cannot read (Telegram sends seconds, an int):
// the bot would take every send for a failure and send it again.
const addBotMessage = server.addBotMessage.bind(server);
server.addBotMessage = (message, botToken) => {
  const sent = addBotMessage(message, botToken);
  return { ...sent, date: Math.floor(sent.date / 1000) };
};
server.server.removeAllListeners('request');
server.server.on('request', (req, res) => {
  const method = req.url.split('?')[0].split('/').pop().toLowerCase();
  seen.push(method);
  // the bot's calls only (/bot<token>/method), not the emulator's client routes such as /sendMessage
  if (!req.url.startsWith('/bot')) return app(req, res);
  const fault = faults.get(method)?.shift();
  if (fault) return answer(req, res, fault.status, fault.body);
  if (method === 'setmycommands') return answer(req, res, 200, { ok: true, result: true });
  if (method === 'setwebhook' && emulator.takesMultipartWebhook) return setWebhook(req, res);
  return app(req, res);
});
axios.interceptors.request.use((config) => {
  const hook = server.webhooks[token];
  if (hook && config.url === hook.url && hook.secret_token) {
    config.headers['X-Telegram-Bot-Api-Secret-Token'] = hook.secret_token;
  }
  return config;
});

function answer(req, res, status, body) {
  req.resume();
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function setWebhook(req, res) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(req.headers['content-type'] || '');
  const fields = {};
  for (const part of Buffer.concat(chunks).toString('utf8').split(`--${boundary[1] || boundary[2]}`)) {
    const field = /name="([^"]+)"[\s\S]*?\r\n\r\n([\s\S]*)\r\n$/.exec(part);
    if (field) fields[field[1]] = field[2];
  }
  if (!fields.url) return answer(req, res, 400, { ok: false, error_code: 400, description: 'Bad Request: no url' });
  server.setWebhook({ ...fields, allowed_updates: JSON.parse(fields.allowed_updates || '[]') }, token);
  return answer(req, res, 200, { ok: true, result: true, description: 'Webhook was set' });
}

const telegramError = (code, description, parameters) => ({ ok: false, error_code: code, description, parameters });

// One run of the jar; its output (both streams) is kept for the checks.
function startBot(name, { env = {}, args = [] } = {}) {
  const output = [];
  const proc = spawn('java', ['-jar', jar, `--server.port=${serverPort}`, `--management.server.port=${managementPort}`,
    `--spring.datasource.url=jdbc:h2:file:${data}/${name}/briefbot;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;`
      + 'DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0', ...args], {
    cwd: home,
    env: { ...withoutTelegram(process.env), TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_URL: `http://127.0.0.1:${emulatorPort}`,
      // The emulator's getMe omits is_bot, which TelegramBots requires, so the username is given.
      TELEGRAM_BOT_USERNAME: 'TestNameBot', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout.on('data', (chunk) => output.push(String(chunk)));
  proc.stderr.on('data', (chunk) => output.push(String(chunk)));
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return { proc, exited, output: () => output.join('') };
}

function withoutTelegram(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^(TELEGRAM_|BRIEFBOT_|SPRING_|MANAGEMENT_|SERVER_)/
    .test(key)));
}

async function within(promise, millis) {
  return Promise.race([promise, sleep(millis).then(() => null)]);
}

// SIGTERM, as docker stop and Kubernetes send; the bot must be gone within the bound, else it is killed.
async function stopBot(bot, what) {
  bot.proc.kill('SIGTERM');
  const exit = await within(bot.exited, 30000);
  check(`${what}: SIGTERM stops the JVM within 30 s`, exit !== null, bot.output().split('\n').slice(-15).join('\n'));
  if (!exit) {
    bot.proc.kill('SIGKILL');
    await bot.exited;
  }
}

async function get(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    return { status: response.status, text: await response.text() };
  } catch (error) {
    return { status: 0, text: String(error.cause?.code || error) };
  }
}

async function until(condition, millis) {
  const deadline = Date.now() + millis;
  for (;;) {
    const value = await condition();
    if (value || Date.now() > deadline) return value;
    await sleep(250);
  }
}

const json = (text) => { try { return JSON.parse(text); } catch { return {}; } };

// Whether something accepts TCP connections at host:port.
function listening(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.on('connect', () => { socket.destroy(); resolve(true); });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => { socket.destroy(); resolve(false); });
  });
}

// Sums the Prometheus series of a name whose labels include the given ones; null when there is none.
function metric(text, name, labels = {}) {
  let sum = null;
  for (const line of text.split('\n')) {
    const series = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)/.exec(line);
    if (!series || series[1] !== name) continue;
    const has = Object.fromEntries([...(series[3] || '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => has[key] === value)) sum = (sum ?? 0) + Number(series[4]);
  }
  return sum;
}

const repliesTo = (chatId, from = 0) => server.storage.botMessages.slice(from)
  .filter((m) => String(m.message.chat_id) === String(chatId)).map((m) => m.message);

// Waits until the bot has sent nothing to the chat for 2 s (multi-part answers are paced at 1/s).
async function settled(chatId) {
  for (let last = -1; last !== repliesTo(chatId).length;) {
    last = repliesTo(chatId).length;
    await sleep(2000);
  }
}

// Sends a message as the client's user and returns the bot's replies to that chat once they stop coming.
async function ask(client, text, { expectAnswer = true } = {}) {
  await settled(client.chatId);
  const before = server.storage.botMessages.length;
  await client.sendMessage(client.makeMessage(text));
  await until(() => repliesTo(client.chatId, before).length > 0, expectAnswer ? 20000 : 4000);
  await settled(client.chatId);
  return repliesTo(client.chatId, before);
}

// An update as Telegram posts it to a webhook: a private message from user `chatId`.
let updateId = 900000;
function update(chatId, text) {
  const command = /^\/\S+/.exec(text);
  return {
    update_id: ++updateId,
    message: {
      message_id: updateId, date: Math.floor(Date.now() / 1000), text,
      from: { id: chatId, is_bot: false, first_name: `User${chatId}` },
      chat: { id: chatId, type: 'private', first_name: `User${chatId}` },
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  };
}

async function post(body, headers = {}) {
  try {
    const response = await fetch(webhookUrl, { method: 'POST', body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...headers }, signal: AbortSignal.timeout(5000) });
    return response.status;
  } catch (error) {
    return String(error.cause?.code || error);
  }
}

async function pollingMode() {
  console.log('-- polling mode: health and metrics on the management port');
  const bot = startBot('polling');
  try {
    const health = await until(async () => {
      const h = await get(`${management}/actuator/health`);
      return h.status === 200 ? h : null;
    }, 90000);
    check('GET /actuator/health on the management port is UP', json(health?.text).status === 'UP', bot.output());
    const liveness = await get(`${management}/actuator/health/liveness`);
    check('/actuator/health/liveness is UP', liveness.status === 200 && json(liveness.text).status === 'UP',
      liveness.text);
    const readiness = json((await get(`${management}/actuator/health/readiness`)).text);
    check('/actuator/health/readiness is UP with db, library and telegramPolling UP', readiness.status === 'UP'
      && ['db', 'library', 'telegramPolling'].every((c) => readiness.components?.[c]?.status === 'UP'),
    JSON.stringify(readiness));
    check('a polling bot opens nothing on server.port', !(await listening('127.0.0.1', serverPort)));
    const outside = Object.values(os.networkInterfaces()).flat().find((a) => a.family === 'IPv4' && !a.internal);
    if (outside) {
      check(`the management port is not reachable on ${outside.address}`,
        !(await listening(outside.address, managementPort)));
    } else {
      console.log('SKIP the management port is loopback only: no other address here to try it from');
    }

    const alice = server.getClient(token, { userId: 501, chatId: 501, type: 'private', firstName: 'Alice' });
    let replies = await ask(alice, '/region Shenzhen');
    check('/region Shenzhen is answered', replies.some((m) => /Xia Jun/.test(m.text)), JSON.stringify(replies));
    check('each part of the answer is sent once', replies.length === new Set(replies.map((m) => m.text)).size,
      JSON.stringify(replies.map((m) => m.text.slice(0, 60))));
    replies = await ask(alice, 'who proposed AI robots for elderly care?');
    check('a free-text question is answered', replies.some((m) => /robot/i.test(m.text)), JSON.stringify(replies));
    replies = await ask(alice, '/subscribe Shenzhen');
    check('/subscribe Shenzhen is confirmed', replies.length > 0, JSON.stringify(replies));
    const group = server.getClient(token, { userId: 502, chatId: -100777, type: 'supergroup', chatTitle: 'Policy' });
    replies = await ask(group, '/region@TestNameBot Shanghai');
    check('/region@TestNameBot Shanghai is answered in a group', replies.some((m) => /Shanghai/.test(m.text)),
      JSON.stringify(replies));

    // Telegram's errors, as Telegram words them, on the next sendMessage each.
    faults.set('sendmessage', [{ status: 429, body: telegramError(429, 'Too Many Requests: retry after 1',
      { retry_after: 1 }) }, { status: 500, body: telegramError(500, 'Internal Server Error') }]);
    replies = await ask(alice, '/rankings 3');
    check('/rankings 3 is answered, once, through a 429 and a 500', replies.length === 1, JSON.stringify(replies));
    const bob = server.getClient(token, { userId: 503, chatId: 503, type: 'private', firstName: 'Bob' });
    faults.set('sendmessage', [{ status: 403, body: telegramError(403, 'Forbidden: bot was blocked by the user') }]);
    await ask(bob, '/source', { expectAnswer: false });
    faults.clear();

    // The subscriptions gauge is read from the database at most every 10 s.
    let prometheus = '';
    await until(async () => {
      prometheus = (await get(`${management}/actuator/prometheus`)).text;
      return metric(prometheus, 'briefbot_subscriptions') >= 1;
    }, 15000);
    const expect = (what, name, labels, atLeast) => {
      const value = metric(prometheus, name, labels);
      check(`${what}: ${name}${Object.keys(labels).length ? JSON.stringify(labels) : ''} = ${value}`,
        value !== null && value >= atLeast, `expected at least ${atLeast}`);
    };
    expect('updates received, by type', 'briefbot_updates_received_total', { type: 'message' }, 6);
    expect('commands handled, by name', 'briefbot_commands_total', { command: 'region' }, 2);
    expect('commands handled, by name', 'briefbot_commands_total', { command: 'question' }, 1);
    expect('answer latency, a timer', 'briefbot_answer_latency_seconds_count', {}, 3);
    expect('answer latency, a timer', 'briefbot_answer_latency_seconds_bucket', { le: '+Inf' }, 3);
    expect('messages sent', 'briefbot_messages_sent_total', { method: 'sendmessage' }, 5);
    expect('429s', 'briefbot_telegram_rate_limited_total', {}, 1);
    expect('send failures, by reason', 'briefbot_send_failures_total', { reason: 'server_error' }, 1);
    expect('send failures, by reason', 'briefbot_send_failures_total', { reason: 'chat_gone' }, 1);
    expect('outbox backlog', 'briefbot_outbox_backlog', {}, 0);
    expect('subscriptions', 'briefbot_subscriptions', {}, 1);
    check('every series is tagged application="briefbot"', /briefbot_updates_received_total\{[^}]*application="briefbot"/
      .test(prometheus));
  } finally {
    await stopBot(bot, 'polling');
    check('the token never appears in the polling bot\'s output', !bot.output().includes(token));
  }
}

async function webhookMode() {
  console.log('-- webhook mode: signed and unsigned updates');
  const bot = startBot('webhook', { env: { BRIEFBOT_TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_URL: webhookUrl,
    TELEGRAM_WEBHOOK_SECRET: secret } });
  try {
    const live = await until(async () => (await get(`${management}/actuator/health/liveness`)).status === 200, 90000);
    check('the webhook bot starts: liveness UP on the management port', live, bot.output());
    check('it asks Telegram to set the webhook (setWebhook)', await until(() => seen.includes('setwebhook'), 20000));
    // The emulator as published cannot read setWebhook as TelegramBots sends it (multipart): not accepted yet.
    const readiness = await get(`${management}/actuator/health/readiness`);
    check('readiness is DOWN (503) while Telegram has not accepted the webhook', readiness.status === 503
      && json(readiness.text).components?.telegramWebhook?.status === 'DOWN', readiness.text);

    let status = await post(update(601, '/region Shenzhen'), { 'X-Telegram-Bot-Api-Secret-Token': secret });
    check('a signed update is taken (200)', status === 200, status);
    await until(() => repliesTo(601).length > 0, 20000);
    check('its answer reaches the chat through the Bot API', repliesTo(601).some((m) => /Xia Jun/.test(m.text)),
      JSON.stringify(repliesTo(601)));
    status = await post(update(602, '/region Shenzhen'));
    check('an unsigned update is refused (401)', status === 401, status);
    status = await post(update(603, '/region Shenzhen'), { 'X-Telegram-Bot-Api-Secret-Token': `${secret}x` });
    check('an update with a wrong secret is refused (401)', status === 401, status);
    await sleep(4000);
    check('neither refused update is answered', repliesTo(602).length === 0 && repliesTo(603).length === 0,
      JSON.stringify([...repliesTo(602), ...repliesTo(603)]));

    // Taught multipart setWebhook, the emulator accepts the bot's next try, then posts its users' messages signed.
    emulator.takesMultipartWebhook = true;
    const ready = await until(async () => (await get(`${management}/actuator/health/readiness`)).status === 200,
      100000);
    check('readiness turns UP once Telegram accepts the webhook', ready,
      (await get(`${management}/actuator/health/readiness`)).text);
    const hook = server.webhooks[token] || {};
    check('setWebhook hands Telegram the URL, the secret and allowed_updates', hook.url === webhookUrl
      && hook.secret_token === secret && hook.allowed_updates?.includes('message'),
    JSON.stringify({ ...hook, secret_token: hook.secret_token === secret ? '<the secret>' : '<another>' }));
    const carol = server.getClient(token, { userId: 604, chatId: 604, type: 'private', firstName: 'Carol' });
    const replies = await ask(carol, '/region Shanghai');
    check('a message posted by the emulator to the webhook is answered', replies.some((m) => /Shanghai/.test(m.text)),
      JSON.stringify(replies));
  } finally {
    await stopBot(bot, 'webhook');
    server.deleteWebhook(token);
    check('neither the token nor the webhook secret appears in the webhook bot\'s output',
      !bot.output().includes(token) && !bot.output().includes(secret));
  }
}

// A property as Boot may name it: kebab case from a file or flag, camel case (globalPerSecond) from the environment.
const named = (property) => new RegExp(property.replaceAll('.', '\\.').replaceAll('-', '-?'), 'i');

async function wrongSettings() {
  console.log('-- wrong settings stop start-up');
  const cases = [
    { what: '--briefbot.telegram.lanes=0', args: ['--briefbot.telegram.lanes=0'],
      names: 'briefbot.telegram.lanes', says: /must be at least 1/ },
    { what: 'BRIEFBOT_TELEGRAM_LIMITS_GLOBALPERSECOND=0', env: { BRIEFBOT_TELEGRAM_LIMITS_GLOBALPERSECOND: '0' },
      names: 'briefbot.telegram.limits.global-per-second', says: /must be at least 1/ },
    { what: 'BRIEFBOT_TELEGRAM_MODE=webhok', env: { BRIEFBOT_TELEGRAM_MODE: 'webhok' },
      names: 'briefbot.telegram.mode', says: /POLLING[\s\S]*WEBHOOK/ },
    { what: 'a webhook secret with spaces', env: { BRIEFBOT_TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_URL: webhookUrl,
      TELEGRAM_WEBHOOK_SECRET: 'not a secret!' }, names: 'briefbot.telegram.webhook.secret', says: /A-Z, a-z, 0-9/,
      hidden: 'not a secret!' },
    { what: 'a webhook URL that is not https', env: { BRIEFBOT_TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_URL: 'ftp://bot.example.org/hook', TELEGRAM_WEBHOOK_SECRET: secret },
    names: 'briefbot.telegram.webhook.url', says: /https:\/\//, hidden: secret },
  ];
  for (const wrong of cases) {
    const started = Date.now();
    const bot = startBot('wrong', wrong);
    const exit = await within(bot.exited, 60000);
    if (!exit) {
      bot.proc.kill('SIGKILL');
      await bot.exited;
    }
    const output = bot.output();
    check(`${wrong.what}: exits non-zero (${exit?.code}) in ${((Date.now() - started) / 1000).toFixed(1)} s, naming `
      + `${wrong.names}`, exit && exit.code !== 0 && named(wrong.names).test(output) && wrong.says.test(output),
    output);
    check(`${wrong.what}: ${wrong.hidden ? 'neither the token nor the refused secret is' : 'the token is not'} printed`,
      !output.includes(token) && !(wrong.hidden && output.includes(wrong.hidden)));
  }
}

async function unreachableTelegram() {
  console.log('-- Telegram unreachable at start-up');
  const closed = await new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
  // No username: the bot asks Telegram (getMe) at start-up, and retries while it cannot reach it.
  const bot = startBot('unreachable', { env: { TELEGRAM_API_URL: `http://127.0.0.1:${closed}`,
    TELEGRAM_BOT_USERNAME: '' } });
  const retrying = await until(() => /retrying in/.test(bot.output()), 60000);
  check('an unreachable Telegram is retried at start-up', retrying, bot.output());
  await stopBot(bot, 'Telegram unreachable at start-up');
  check('the token never appears in its output', !bot.output().includes(token));
}

try {
  await pollingMode();
  await webhookMode();
  await wrongSettings();
  await unreachableTelegram();
} finally {
  // bounded: the emulator's stop waits for open connections to close
  await within(server.stop(), 10000);
}
console.log(failures ? `${failures} check(s) failed` : 'All checks passed');
process.exit(failures ? 1 : 0);
