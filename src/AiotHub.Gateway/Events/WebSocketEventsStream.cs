using System.Net.WebSockets;
using AiotHub.Core.Events;

namespace AiotHub.Gateway.Events;

/// <summary>
/// Sends a subscription over a WebSocket: one text message per event, the same JSON as the SSE
/// "data:" line (its "id" and "type" included, the very bytes of <see cref="HomeEventFrames"/>); reset and
/// overflow notices as messages of those types.
/// </summary>
internal static class WebSocketEventsStream
{
    public static async Task RunAsync(WebSocket socket, HomeEventSubscription subscription, HomeEventFilter filter,
        HomeEventFrames frames, CancellationToken cancellationToken)
    {
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiving = ReceiveUntilClosedAsync(socket, closed);
        try
        {
            var replay = subscription.Replay;
            var last = replay.NewestId;
            if (replay.Reset)
            {
                await SendAsync(socket, frames.Notice(new EventStreamNotice(EventStreamNotice.ResetType, replay.NewestId,
                    "events after the given id are no longer available: refetch the home's state, then continue from this id")), closed.Token);
            }

            foreach (var homeEvent in replay.Events.Where(filter.Matches))
                await SendAsync(socket, frames.Get(homeEvent), closed.Token);
            await foreach (var homeEvent in subscription.Reader.ReadAllAsync(closed.Token))
            {
                last = homeEvent.Id;
                if (filter.Matches(homeEvent))
                    await SendAsync(socket, frames.Get(homeEvent), closed.Token);
            }

            if (subscription.Overflowed)
            {
                await SendAsync(socket, frames.Notice(new EventStreamNotice(EventStreamNotice.OverflowType, last,
                    "this stream fell too far behind and is closed: reconnect with lastEventId set to this id")), closed.Token);
            }

            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, subscription.Overflowed ? "overflow" : "done", cancellationToken);
        }
        catch (OperationCanceledException) when (closed.IsCancellationRequested)
        {
            if (socket.State == WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closed by the client", CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // The client went away without a close handshake: nothing left to tell it.
        }

        await closed.CancelAsync();
        try
        {
            await receiving;
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException)
        {
        }
    }

    private static ValueTask SendAsync(WebSocket socket, HomeEventFrame frame, CancellationToken cancellationToken) =>
        socket.SendAsync(frame.Json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>The stream only sends; reading is how a close from the client is noticed.</summary>
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                    break;
            }
        }
        finally
        {
            await closed.CancelAsync();
        }
    }
}
