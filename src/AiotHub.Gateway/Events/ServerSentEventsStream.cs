using AiotHub.Core.Events;
using Microsoft.AspNetCore.Http.Features;

namespace AiotHub.Gateway.Events;

/// <summary>
/// Writes a subscription as text/event-stream (WHATWG HTML "Server-sent events"): each event as
/// "id:", "event:" and one "data:" line of JSON; a comment line as heartbeat while idle. Each event's
/// frame is built once for every stream (<see cref="HomeEventFrames"/>) and written as it is.
/// </summary>
internal static class ServerSentEventsStream
{
    private static readonly ReadOnlyMemory<byte> Heartbeat = ": heartbeat\n\n"u8.ToArray();

    public static async Task RunAsync(HttpResponse response, HomeEventSubscription subscription, HomeEventFilter filter,
        HomeEventFrames frames, TimeSpan heartbeat, TimeProvider time, CancellationToken cancellationToken)
    {
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        // Reverse proxies (nginx) would otherwise buffer the stream.
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var body = response.Body;
        var replay = subscription.Replay;
        var last = replay.NewestId;
        if (replay.Reset)
        {
            var notice = new EventStreamNotice(EventStreamNotice.ResetType, replay.NewestId,
                "events after the given id are no longer available: refetch the home's state, then continue from this id");
            await body.WriteAsync(frames.Notice(notice).ServerSentEvent, cancellationToken);
        }

        foreach (var homeEvent in replay.Events.Where(filter.Matches))
            await body.WriteAsync(frames.Get(homeEvent).ServerSentEvent, cancellationToken);
        // Sends the headers (and the replay) at once: a client waits for them before it counts as connected.
        await body.FlushAsync(cancellationToken);

        var reader = subscription.Reader;
        while (true)
        {
            bool more;
            using (var idle = new CancellationTokenSource(heartbeat, time))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, idle.Token))
            {
                try
                {
                    more = await reader.WaitToReadAsync(linked.Token);
                }
                catch (OperationCanceledException) when (idle.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    await body.WriteAsync(Heartbeat, cancellationToken);
                    await body.FlushAsync(cancellationToken);
                    continue;
                }
            }

            if (!more)
                break;
            while (reader.TryRead(out var homeEvent))
            {
                last = homeEvent.Id;
                if (filter.Matches(homeEvent))
                    await body.WriteAsync(frames.Get(homeEvent).ServerSentEvent, cancellationToken);
            }

            await body.FlushAsync(cancellationToken);
        }

        if (subscription.Overflowed)
        {
            var notice = new EventStreamNotice(EventStreamNotice.OverflowType, last,
                "this stream fell too far behind and is closed: reconnect with Last-Event-ID set to this id");
            await body.WriteAsync(frames.Notice(notice).ServerSentEvent, cancellationToken);
            await body.FlushAsync(cancellationToken);
        }
    }
}
