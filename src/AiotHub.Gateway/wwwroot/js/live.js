// Live updates over Server-Sent Events. EventSource cannot set an Authorization header, so the
// token goes as ?access_token= — accepted by the hub on the event streams only (docs/api.md).
// EventSource reconnects by itself and resumes with Last-Event-ID; when the hub refused the
// stream outright (readyState CLOSED) we reopen it ourselves with ?lastEventId=.
import { AllEventTypes, StreamNotice } from './event-types.js';

const Types = [...AllEventTypes, StreamNotice.Reset, StreamNotice.Overflow];

export function connectLive(homeId, token, { onEvent, onReset, onStatus }) {
  let source = null;
  let lastId = null;
  let retry = null;
  let stopped = false;
  let missed = false;

  const open = () => {
    const query = new URLSearchParams({ access_token: token });
    if (lastId) query.set('lastEventId', lastId);
    source = new EventSource(`/api/v1/homes/${encodeURIComponent(homeId)}/events?${query}`);
    source.addEventListener('open', () => {
      onStatus('live');
      // Down before any event arrived: there is no id to resume from, so what happened meanwhile
      // can only be caught up by refetching (with an id the hub replays the gap itself).
      if (missed && !lastId) onReset();
      missed = false;
    });
    source.addEventListener('error', () => {
      if (stopped) return;
      missed = true;
      onStatus('reconnecting');
      if (source.readyState === EventSource.CLOSED) {
        clearTimeout(retry);
        retry = setTimeout(open, 3000);
      }
    });
    for (const type of Types) {
      source.addEventListener(type, (message) => {
        if (message.lastEventId) lastId = message.lastEventId;
        let event = {};
        try { event = JSON.parse(message.data || '{}'); } catch { return; }
        if (type === StreamNotice.Reset) onReset();
        else if (type !== StreamNotice.Overflow) onEvent({ ...event, type: event.type ?? type });
      });
    }
  };

  open();
  return {
    close() {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    },
  };
}
