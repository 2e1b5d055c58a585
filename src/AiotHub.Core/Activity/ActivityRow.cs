namespace AiotHub.Core.Activity;

/// <summary>A row of the activity table as read: the entry, or why it could not be read.</summary>
internal readonly record struct ActivityRow(long Id, ActivityEntry? Entry, string? Problem);
