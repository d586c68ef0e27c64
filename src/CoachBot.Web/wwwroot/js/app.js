// Starts Web Chat against this server's own Direct Line channel. The browser keeps its session
// (user id, conversation id, token and a resume ticket) in localStorage, so coming back continues
// the same conversation, morning prompts included.

const storageKey = 'coachbot.webchat';
const expiredToken = 4; // DirectLineJS ConnectionStatus.ExpiredToken
const minimumPollingInterval = 200; // Web Chat refuses anything shorter

function loadSaved() {
  try {
    return JSON.parse(localStorage.getItem(storageKey) ?? '{}') ?? {};
  } catch {
    return {};
  }
}

// `?poll=300` polls faster than the server's default, as the browser tests do.
function pollingInterval(serverDefault) {
  const requested = Number.parseInt(new URLSearchParams(location.search).get('poll') ?? '', 10);
  return Number.isFinite(requested) && requested >= minimumPollingInterval ? requested : serverDefault;
}

async function openSession(startOver) {
  const response = await fetch('/api/webchat/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      resume: loadSaved().resume ?? null,
      startOver,
      // Passed on when the conversation starts, so the coach can offer this time zone rather than ask.
      locale: navigator.language,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }),
  });
  if (!response.ok) {
    throw new Error(`No chat session: the server answered ${response.status}.`);
  }

  const session = await response.json();
  localStorage.setItem(storageKey, JSON.stringify({
    userId: session.userId,
    conversationId: session.conversationId,
    token: session.token,
    resume: session.resume,
  }));
  return session;
}

const styleOptions = {
  hideUploadButton: true,
  rootHeight: '100%',
  rootWidth: '100%',
  primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  accent: '#2f6f73',
  backgroundColor: '#ffffff',
  bubbleBackground: '#eef3f1',
  bubbleBorderWidth: 0,
  bubbleBorderRadius: 12,
  bubbleFromUserBackground: '#dcebea',
  bubbleFromUserBorderWidth: 0,
  bubbleFromUserBorderRadius: 12,
  sendBoxButtonColor: '#2f6f73',
};

async function start() {
  const session = await openSession(false);
  const directLine = window.WebChat.createDirectLine({
    token: session.token,
    domain: `${location.origin}/v3/directline`,
    webSocket: false,
    pollingInterval: pollingInterval(session.pollingInterval),
    // Given a conversation id Web Chat reconnects (and replays the history) instead of starting anew.
    conversationId: session.resumed ? session.conversationId : undefined,
  });

  // A tab left open past the token's lifetime (a laptop asleep overnight) comes back with a fresh one.
  directLine.connectionStatus$.subscribe((status) => {
    if (status === expiredToken) {
      location.reload();
    }
  });

  window.WebChat.renderWebChat(
    { directLine, userID: session.userId, locale: navigator.language, styleOptions },
    document.getElementById('webchat'),
  );
}

document.getElementById('start-over').addEventListener('click', async () => {
  await openSession(true);
  location.reload();
});

await start();
