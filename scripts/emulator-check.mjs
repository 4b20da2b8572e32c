// Runs target/briefbot.jar (or $BRIEFBOT_JAR) against telegram-test-api, a Bot API emulator we did not write, and
// checks what a new user would try first. Started by scripts/emulator-check.sh, which installs the emulator; exits 1
// on a failed check. The emulator's answers are taken as they are: sendMessage's has its date in milliseconds, which
// TelegramBots cannot read; the bot must take the message as sent all the same, and never send it twice.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import TelegramServer from 'telegram-test-api';

const token = '123:ABC';
const port = Number(process.env.EMULATOR_PORT || 9077);
const home = process.env.BRIEFBOT_HOME || process.cwd();
const jar = process.env.BRIEFBOT_JAR || 'target/briefbot.jar';

const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
await server.start();
const seen = [];
// Every Bot API method the bot calls, seen by a second listener on the emulator's HTTP server.
server.server.on('request', (req) => seen.push(req.url.split('?')[0].split('/').pop().toLowerCase()));

const botLog = [];
const bot = spawn('java', ['-jar', jar], {
  cwd: home,
  env: { ...process.env, TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_URL: `http://127.0.0.1:${port}`,
    // The emulator's getMe omits is_bot, which TelegramBots requires, so the username is given here.
    TELEGRAM_BOT_USERNAME: 'TestNameBot' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
bot.stdout.on('data', (chunk) => botLog.push(String(chunk)));
bot.stderr.on('data', (chunk) => botLog.push(String(chunk)));

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

// Sends a message as the client's user and returns the bot's replies to that chat once they stop coming.
async function ask(client, text, { expectAnswer = true } = {}) {
  await settled(client);
  const before = server.storage.botMessages.length;
  await client.sendMessage(client.makeMessage(text));
  const repliesSince = () => server.storage.botMessages.slice(before)
    .filter((m) => String(m.message.chat_id) === String(client.chatId)).map((m) => m.message);
  const deadline = Date.now() + (expectAnswer ? 20000 : 4000);
  while (Date.now() < deadline && !(expectAnswer && repliesSince().length)) await sleep(100);
  await settled(client);
  return repliesSince();
}

// Waits until the bot has sent nothing to the client's chat for 2 s (multi-part answers are paced at 1/s).
async function settled(client) {
  const count = () => server.storage.botMessages.filter((m) => String(m.message.chat_id) === String(client.chatId))
    .length;
  for (let last = -1; last !== count();) {
    last = count();
    await sleep(2000);
  }
}

try {
  // The bot is up once it polls.
  const started = Date.now();
  while (!seen.includes('getupdates') && Date.now() - started < 60000) await sleep(200);
  check('the bot polls getUpdates', seen.includes('getupdates'), botLog.join(''));

  const alice = server.getClient(token, { userId: 501, chatId: 501, type: 'private', firstName: 'Alice' });
  let replies = await ask(alice, '/region Shenzhen');
  const text = replies.map((m) => m.text).join('\n');
  check('/region Shenzhen is answered in a private chat', /Xia Jun/.test(text), text);
  check('the answer quotes its source', /Global Times/.test(text), text);
  check('the answer is HTML that Telegram accepts', replies.length > 0 && replies.every((m) => m.parse_mode === 'HTML'
    && !htmlProblem(m.text)), replies.map((m) => htmlProblem(m.text)).join(', '));

  replies = await ask(alice, 'who proposed AI robots for elderly care?');
  check('a free-text question is answered in a private chat', replies.some((m) => /robot/i.test(m.text)),
    replies.map((m) => m.text).join('\n'));

  const group = server.getClient(token, { userId: 502, chatId: -100777, type: 'supergroup', chatTitle: 'Policy team' });
  replies = await ask(group, '/region@TestNameBot Shanghai');
  check('/region@TestNameBot Shanghai is answered in a group', replies.some((m) => /Shanghai/.test(m.text)),
    JSON.stringify(replies));
  check('the group answer replies to the asking message', replies.some((m) => m.reply_parameters?.message_id
    || m.reply_to_message_id));
  replies = await ask(group, '/region@SomeOtherBot Shanghai', { expectAnswer: false });
  check('/region@SomeOtherBot Shanghai is ignored', replies.length === 0, JSON.stringify(replies));
  replies = await ask(group, 'anyone free for lunch in Shanghai?', { expectAnswer: false });
  check('group chatter is ignored', replies.length === 0, JSON.stringify(replies));

  // The emulator has no setMyCommands (it answers 500); that the bot asks, and answers anyway, is what can be seen.
  check('the bot registers its commands (setMyCommands)', seen.includes('setmycommands'));
  check('every message sent is HTML that Telegram accepts', server.storage.botMessages.every((m) =>
    m.message.parse_mode === 'HTML' && !htmlProblem(m.message.text)));
  const sent = server.storage.botMessages.map((m) => `${m.message.chat_id} ${m.message.text}`);
  check('no message was sent twice', new Set(sent).size === sent.length,
    sent.filter((m, i) => sent.indexOf(m) !== i).join('\n---\n'));
  check('the token never appears in the bot\'s output', !botLog.join('').includes(token));
} finally {
  bot.kill('SIGTERM');
  await new Promise((resolve) => { bot.on('exit', resolve); setTimeout(resolve, 15000); });
  await server.stop();
}
console.log(failures ? `${failures} check(s) failed` : 'All checks passed');
process.exit(failures ? 1 : 0);
