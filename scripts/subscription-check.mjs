// Runs the built jar against telegram-test-api, a Bot API emulator we did not write, and tries subscriptions as a
// new user would: subscribe, a new brief copied into seeds/, a restart, unsubscribe, a group. Started by
// scripts/subscription-check.sh, which installs the emulator and passes the jar and a scratch folder; exits 1 on a
// failed check. The emulator has no getChatMember and no way to post a my_chat_member update: see the group part.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import TelegramServer from 'telegram-test-api';

const token = '123:ABC';
const bot = 'TestNameBot'; // the emulator's getMe answers this username
const port = Number(process.env.EMULATOR_PORT || 9277);
const home = process.env.BRIEFBOT_HOME || process.cwd();
const jar = process.env.BRIEFBOT_JAR || join(home, 'target/briefbot.jar');
const scratch = process.env.SUBSCRIPTION_CHECK_DIR; // removed by the .sh
const seeds = join(scratch, 'seeds');
const database = `jdbc:h2:file:${join(scratch, 'db', 'briefbot')};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;`
  + 'DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0';
const sample = join(home, 'src/test/resources/changes/seeds/2024-03-05-sample-two-sessions');

const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 3600 });
// Two answers of the emulator's that Telegram never gives, put right so the bot meets Telegram's behaviour:
// - sendMessage's result has its date in milliseconds; TelegramBots reads a 32-bit date in seconds, cannot read the
//   answer, and the bot sends the message again (five times in all);
// - a method it lacks (getChatMember, setMyCommands) gets a 500 whose body is no Bot API response; TelegramBots then
//   never completes the call and the bot waits 60 s per try. Telegram answers 404 Not Found, which is given instead.
const emulatorSends = server.addBotMessage.bind(server);
server.addBotMessage = (message, botToken) => {
  const sent = emulatorSends(message, botToken);
  return { ...sent, date: Math.floor(sent.date / 1000) };
};
const emulatedMethods = new Set(['answercallbackquery', 'deletemessage', 'deletewebhook', 'editmessagereplymarkup',
  'editmessagetext', 'getme', 'getupdates', 'sendmessage', 'setwebhook']);
const emulator = server.webServer;
server.webServer = (req, res) => {
  const method = /^\/bot[^/]+\/([^/?]+)/.exec(req.url)?.[1];
  if (method && !emulatedMethods.has(method.toLowerCase())) {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
  } else {
    emulator(req, res);
  }
};
server.webServer.settings = emulator.settings; // the emulator logs its mode from here
await server.start();
const seen = [];
// Every Bot API method the bot calls, seen by a second listener on the emulator's HTTP server.
server.server.on('request', (req) => seen.push(req.url.split('?')[0].split('/').pop().toLowerCase()));

// The emulator's getUpdates only ever makes message and callback_query updates. To try my_chat_member at all, the
// script adds raw updates to what the emulator's own getUpdates returns; the bot still fetches them over HTTP.
const rawUpdates = [];
const emulatorUpdates = server.getUpdates.bind(server);
server.getUpdates = (botToken) => [...emulatorUpdates(botToken), ...(botToken === token ? rawUpdates.splice(0) : [])];

const botLog = [];
let running = null;

function startBot() {
  const since = seen.length;
  const child = spawn('java', ['-jar', jar, `--briefbot.seeds-dir=${seeds}`, `--spring.datasource.url=${database}`], {
    cwd: home,
    env: { ...process.env, TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_URL: `http://127.0.0.1:${port}`,
      // The emulator's getMe omits is_bot, which TelegramBots requires, so the username is given here.
      TELEGRAM_BOT_USERNAME: bot },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => botLog.push(String(chunk)));
  child.stderr.on('data', (chunk) => botLog.push(String(chunk)));
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal || code)));
  running = child;
  return since;
}

async function stopBot() {
  const child = running;
  running = null;
  child.kill('SIGTERM');
  return Promise.race([child.exited, sleep(30000).then(() => 'still running after 30 s')]);
}

async function polling(since) {
  const started = Date.now();
  const polls = () => seen.slice(since).includes('getupdates');
  while (!polls() && Date.now() - started < 60000) await sleep(200);
  return polls();
}

let failures = 0;
const check = (name, ok, detail = '') => {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
  if (!ok) failures++;
};

// Telegram's HTML: only these tags, and no bare < or & (the emulator itself does not check).
const allowed = /^(b|strong|i|em|u|ins|s|strike|del|a|code|pre|blockquote|tg-spoiler|span)$/;
const htmlProblem = (text) => {
  const stack = [];
  for (const match of text.matchAll(/<(\/?)([a-z-]+)[^>]*>|<|&(?!(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);)/gi)) {
    if (!match[2]) return `bare ${match[0]} at ${match.index}`;
    if (!allowed.test(match[2])) return `tag <${match[2]}>`;
    if (!match[1]) stack.push(match[2]);
    else if (stack.pop() !== match[2]) return `unbalanced </${match[2]}>`;
  }
  return stack.length ? `unclosed <${stack.pop()}>` : null;
};

const sentTo = (chatId, since = 0) => server.storage.botMessages.slice(since)
  .filter((m) => String(m.message.chat_id) === String(chatId)).map((m) => m.message);
const mark = () => server.storage.botMessages.length;
const texts = (messages) => messages.map((m) => m.text).join('\n---\n');

// Sends a message as the client's user (extra fields merged in) and returns the bot's replies once they stop coming.
async function ask(client, text, extra = {}) {
  await settled(client.chatId);
  const before = mark();
  await client.sendMessage(client.makeMessage(text, extra));
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline && !sentTo(client.chatId, before).length) await sleep(100);
  await settled(client.chatId);
  return sentTo(client.chatId, before);
}

// Waits until the bot has sent nothing to the chat for 2 s (multi-part answers are paced at 1/s).
async function settled(chatId) {
  for (let last = -1; last !== sentTo(chatId).length;) {
    last = sentTo(chatId).length;
    await sleep(2000);
  }
}

async function awaitSent(chatId, since, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !sentTo(chatId, since).length) await sleep(200);
  return sentTo(chatId, since);
}

// A second brief made from the sample: other file name, ids, title and summaries, the same people and quotes.
function secondBrief() {
  const id = '2024-03-12-sample-second-sitting';
  const retitle = (text) => text.replace('AI & robots <to> the two sessions', 'AI & robots <to> the second sitting');
  writeFileSync(join(seeds, `${id}.txt`), retitle(readFileSync(`${sample}.txt`, 'utf8')));
  writeFileSync(join(seeds, `${id}.yaml`), retitle(readFileSync(`${sample}.yaml`, 'utf8'))
    .replace('published: 2024-03-05T09:30', 'published: 2024-03-12T09:30')
    .replace('li-mei-chip-fund', 'li-mei-chip-fab').replace('zhao-lin-care-companions', 'zhao-lin-care-robots')
    .replace('A fund for AI chips made in Shenzhen.', 'A chip fab for AI made in Shenzhen.'));
}

const botUser = { id: 666, is_bot: true, first_name: 'Test First name', username: bot };
function membershipUpdate(chat, from, oldStatus, newStatus) {
  const member = (status) => ({ status, user: botUser, ...(status === 'kicked' ? { until_date: 0 } : {}) });
  return { update_id: server.updateId++, my_chat_member: { chat, from, date: Math.floor(Date.now() / 1000),
    old_chat_member: member(oldStatus), new_chat_member: member(newStatus) } };
}

try {
  cpSync(join(home, 'seeds'), seeds, { recursive: true });
  check('the bot polls getUpdates', await polling(startBot()), botLog.join(''));

  // 1. Private chats: each user manages their own subscriptions.
  const alice = server.getClient(token, { userId: 601, chatId: 601, type: 'private', firstName: 'Alice' });
  const bob = server.getClient(token, { userId: 602, chatId: 602, type: 'private', firstName: 'Bob' });
  let replies = await ask(alice, '/subscribe Shenzhen');
  check('/subscribe Shenzhen is confirmed with what the chat will receive',
    /Subscribed: you will hear/.test(texts(replies)) && /Shenzhen/.test(texts(replies)), texts(replies));
  replies = await ask(bob, '/subscribe Beijing');
  check('a second user\'s /subscribe Beijing is confirmed', /Subscribed: you will hear[^]*Beijing/.test(texts(replies)),
    texts(replies));

  // 5a. A group: without getChatMember nobody's standing can be checked, so a member is refused and nothing granted.
  const policy = { id: -100888, type: 'supergroup', title: 'Policy team' };
  const dana = server.getClient(token, { userId: 603, chatId: policy.id, type: 'supergroup', chatTitle: policy.title,
    firstName: 'Dana' });
  replies = await ask(dana, `/subscribe@${bot} Shenzhen`);
  check('a group member\'s /subscribe is refused politely when getChatMember cannot be asked',
    replies.length === 1 && /couldn.t check that you.re an admin/.test(replies[0].text), texts(replies));
  check('the bot asked getChatMember, which the emulator does not have', seen.includes('getchatmember'));
  replies = await ask(dana, `/subscriptions@${bot}`);
  check('the refused subscription was not made', /This group has no subscriptions/.test(texts(replies)),
    texts(replies));
  replies = await ask(dana, `/subscribe@${bot} Shenzhen`, { sender_chat: { id: -100999, type: 'channel',
    title: 'Some channel' }, from: { id: 136817688, is_bot: true, first_name: 'Channel', username: 'Channel_Bot' } });
  check('a channel posting in the group is refused', /not a channel/.test(texts(replies)), texts(replies));
  // An anonymous admin writes as the group (from GroupAnonymousBot, sender_chat the group): no check is needed.
  replies = await ask(dana, `/subscribe@${bot} Shenzhen`, { sender_chat: policy,
    from: { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' } });
  check('an anonymous admin\'s /subscribe Shenzhen in the group is confirmed',
    /Subscribed: this group will hear[^]*Shenzhen/.test(texts(replies)), texts(replies));

  // 2. A new brief with a Shenzhen proposal copied into seeds/.
  let before = mark();
  cpSync(`${sample}.txt`, join(seeds, '2024-03-05-sample-two-sessions.txt'));
  cpSync(`${sample}.yaml`, join(seeds, '2024-03-05-sample-two-sessions.yaml'));
  await awaitSent(alice.chatId, before, 30000);
  await awaitSent(policy.id, before, 30000);
  await sleep(8000); // the watcher waits for 2 s of quiet, then delivery: anything else would have come by now
  const notices = sentTo(alice.chatId, before);
  const notice = notices[0]?.text || '';
  check('the Shenzhen subscriber gets exactly one notification', notices.length === 1, texts(notices));
  check('it names the brief: title, publisher, date',
    notice.includes('Deputies bring AI &amp; robots &lt;to&gt; the two sessions') && notice.includes('Sample Times')
    && notice.includes('5 March 2024'), notice);
  check('it gives the Shenzhen proposal, and not the Jiangsu one',
    /Li Mei/.test(notice) && notice.includes('A fund for AI chips made in Shenzhen.') && !/elderly care/.test(notice),
    notice);
  const buttons = (notices[0]?.reply_markup?.inline_keyboard || []).flat().map((b) => b.callback_data);
  check('its buttons ask /who', buttons.some((data) => /^\/who /.test(data)), JSON.stringify(buttons));
  check('the subscribed group gets exactly one notification too', sentTo(policy.id, before).length === 1,
    texts(sentTo(policy.id, before)));
  check('the Beijing subscriber gets none', sentTo(bob.chatId, before).length === 0, texts(sentTo(bob.chatId, before)));

  // 3. A restart over the same database.
  const exit = await stopBot();
  check('the bot stops on SIGTERM', exit === 'SIGTERM' || exit === 143 || exit === 0, String(exit));
  before = mark();
  check('the bot polls again after the restart', await polling(startBot()), botLog.join('').slice(-4000));
  await sleep(8000);
  check('no notification is sent again after the restart', mark() === before, texts(server.storage.botMessages
    .slice(before).map((m) => m.message)));
  replies = await ask(alice, '/subscriptions');
  check('/subscriptions still lists Shenzhen after the restart',
    /Your subscriptions: 1/.test(texts(replies)) && /Shenzhen/.test(texts(replies)), texts(replies));
  replies = await ask(dana, `/subscriptions@${bot}`);
  check('the group\'s subscription survives the restart too', /subscriptions: 1[^]*Shenzhen/.test(texts(replies)),
    texts(replies));

  // 4. /unsubscribe all, then another new brief: a third user, subscribed now, shows that it was sent.
  replies = await ask(alice, '/unsubscribe all');
  check('/unsubscribe all is confirmed', /Unsubscribed from everything/.test(texts(replies)), texts(replies));
  const carol = server.getClient(token, { userId: 604, chatId: 604, type: 'private', firstName: 'Carol' });
  replies = await ask(carol, '/subscribe Shenzhen');
  check('a third user\'s /subscribe Shenzhen is confirmed', /Subscribed: you will hear/.test(texts(replies)),
    texts(replies));

  // 5b. The bot removed from the group (my_chat_member "kicked"), added to another one (my_chat_member "member").
  const kicked = mark();
  rawUpdates.push(membershipUpdate(policy, { id: 603, is_bot: false, first_name: 'Dana' }, 'member', 'kicked'));
  const other = { id: -100889, type: 'supergroup', title: 'Other team' };
  rawUpdates.push(membershipUpdate(other, { id: 605, is_bot: false, first_name: 'Erin' }, 'left', 'member'));
  const welcome = await awaitSent(other.id, kicked, 20000);
  check('added to a group, the bot welcomes it and explains /subscribe',
    welcome.length === 1 && /\/subscribe/.test(welcome[0].text), texts(welcome));

  before = mark();
  secondBrief();
  const witnessed = await awaitSent(carol.chatId, before, 30000);
  await sleep(8000);
  check('the second brief reaches the new subscriber, once',
    witnessed.length === 1 && sentTo(carol.chatId, before).length === 1
    && witnessed[0].text.includes('A chip fab for AI made in Shenzhen.'), texts(sentTo(carol.chatId, before)));
  check('nothing more is sent to the chat that unsubscribed', sentTo(alice.chatId, before).length === 0,
    texts(sentTo(alice.chatId, before)));
  check('nothing more is sent to the group the bot was removed from', sentTo(policy.id, kicked).length === 0,
    texts(sentTo(policy.id, kicked)));
  check('the Beijing subscriber still gets nothing', sentTo(bob.chatId, before).length === 0,
    texts(sentTo(bob.chatId, before)));

  // 6. What every message looks like, and what the logs hold.
  const problems = server.storage.botMessages.filter((m) => m.message.parse_mode !== 'HTML'
    || htmlProblem(m.message.text)).map((m) => `${m.message.parse_mode} ${htmlProblem(m.message.text)}`);
  check(`every message sent (${server.storage.botMessages.length}) is HTML that Telegram accepts`,
    problems.length === 0, problems.join(', '));
  const sent = server.storage.botMessages.map((m) => `${m.message.chat_id} ${m.message.text}`);
  check('no message was sent twice', new Set(sent).size === sent.length,
    sent.filter((m, i) => sent.indexOf(m) !== i).join('\n---\n'));
  check('the token appears in no message', !server.storage.botMessages.some((m) => JSON.stringify(m.message)
    .includes(token)));
} finally {
  if (running) await stopBot();
  await server.stop();
}
check('the token never appears in the bot\'s output (both runs)', !botLog.join('').includes(token));
if (failures && process.env.SHOW_BOT_LOG) console.log(botLog.join(''));
console.log(failures ? `${failures} check(s) failed` : 'All checks passed');
process.exit(failures ? 1 : 0);
