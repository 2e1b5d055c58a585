namespace AiotHub.Gateway.Apis;

/// <summary>A home's pending spoken timers, soonest first (at most <c>Voice:Timers:MaxPerHome</c>, so not paged).</summary>
internal sealed record VoiceTimerList(IReadOnlyList<VoiceTimerView> Items);
