using Microsoft.Extensions.Configuration;

namespace AiotHub.Core.Events;

/// <summary>
/// How much history the feed keeps for resuming clients, and how far a listener may fall behind. The gateway binds the
/// "Events" section straight into it (Events:BufferCapacity, Events:BufferAge, Events:SubscriberCapacity).
/// </summary>
public sealed class HomeEventFeedOptions
{
    /// <summary>At most this many events are kept (the newest win)…</summary>
    [ConfigurationKeyName("BufferCapacity")]
    public int Capacity { get; set; } = 10_000;

    /// <summary>…and none older than this.</summary>
    [ConfigurationKeyName("BufferAge")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Events queued for one listener before it is dropped as too slow.</summary>
    public int SubscriberCapacity { get; set; } = 1_000;
}
