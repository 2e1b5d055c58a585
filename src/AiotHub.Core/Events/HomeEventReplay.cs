namespace AiotHub.Core.Events;

/// <summary>
/// What a resuming listener gets first: the buffered events after its last id, or — when that id
/// is no longer (or never was) in the buffer — <see cref="Reset"/>, meaning events were lost and the
/// client must refetch state.
/// </summary>
public sealed record HomeEventReplay(IReadOnlyList<HomeEvent> Events, bool Reset, long OldestId, long NewestId);
