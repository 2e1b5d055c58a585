using System.ComponentModel.DataAnnotations;
using AiotHub.Core.Events;

namespace AiotHub.Gateway.Events;

/// <summary>The "Events" section: the live feed's resume window, per-listener limit and stream heartbeat.</summary>
public sealed class EventsOptions
{
    public const string SectionName = "Events";

    /// <summary>Events kept for clients that resume (Last-Event-ID)…</summary>
    [Range(1, 1_000_000)]
    public int BufferCapacity { get; set; } = 10_000;

    /// <summary>…for at most this long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan BufferAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Events queued for one stream before it is dropped as too slow (it gets an "overflow" notice).</summary>
    [Range(1, 1_000_000)]
    public int SubscriberCapacity { get; set; } = 1_000;

    /// <summary>An idle SSE stream sends a comment this often so proxies and phones keep it open.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    public HomeEventFeedOptions ToFeedOptions() => new()
    {
        Capacity = BufferCapacity,
        MaxAge = BufferAge,
        SubscriberCapacity = SubscriberCapacity,
    };
}
