namespace AiotHub.Gateway.Events;

/// <summary>
/// One message of the live streams in UTF-8, built once and shared by every stream that sends it:
/// the whole Server-Sent Events frame ("id:", "event:", one "data:" line, blank line) and, as a slice
/// of the same bytes, the JSON that a WebSocket sends as its text message.
/// </summary>
internal sealed class HomeEventFrame(byte[] frame, int jsonStart, int jsonLength)
{
    public ReadOnlyMemory<byte> ServerSentEvent { get; } = frame;

    public ReadOnlyMemory<byte> Json { get; } = frame.AsMemory(jsonStart, jsonLength);
}
