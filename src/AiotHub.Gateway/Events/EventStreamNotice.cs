namespace AiotHub.Gateway.Events;

/// <summary>
/// A message of the stream itself rather than of the home: "reset" (events after the client's id
/// are gone — refetch state, then continue from <see cref="Id"/>) or "overflow" (this stream fell
/// too far behind and is closed — reconnect from <see cref="Id"/>, the last event delivered).
/// </summary>
internal sealed record EventStreamNotice(string Type, long Id, string Message)
{
    public const string ResetType = "reset";
    public const string OverflowType = "overflow";
}
