using System.ComponentModel.DataAnnotations;
using AiotHub.Telemetry.LineProtocol;

namespace AiotHub.Telemetry.Influx;

/// <summary>The InfluxDB export, bound from the "Telemetry:Influx" section. Off while <see cref="Url"/> is null.</summary>
public sealed class InfluxSinkOptions
{
    public const string SectionName = "Telemetry:Influx";

    /// <summary>The server's base address, e.g. http://influx.local:8086.</summary>
    public Uri? Url { get; set; }

    public InfluxApiVersion Api { get; set; } = InfluxApiVersion.V2;

    /// <summary>V1: the database.</summary>
    public string? Database { get; set; }

    /// <summary>V1: the retention policy; the database's default when null.</summary>
    public string? RetentionPolicy { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>V2: the organisation.</summary>
    public string? Org { get; set; }

    /// <summary>V2: the bucket (InfluxDB 3: the database).</summary>
    public string? Bucket { get; set; }

    /// <summary>V2: the API token.</summary>
    public string? Token { get; set; }

    /// <summary>Home readings need no finer than milliseconds, and coarser stamps compress better.</summary>
    public LinePrecision Precision { get; set; } = LinePrecision.Milliseconds;

    /// <summary>Points per write request at most.</summary>
    [Range(1, 1_000_000)]
    public int BatchPoints { get; set; } = 5_000;

    /// <summary>How long points wait in memory at most before they are committed to the outbox (and sent), when nobody waits for them.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Compress request bodies (Content-Encoding: gzip; every InfluxDB version accepts it). Off by
    /// default: a home's server is usually on the LAN, where compressing costs more CPU than it
    /// saves (docs/benchmarks.md); turn it on for a remote or cloud server.
    /// </summary>
    public bool Gzip { get; set; }

    /// <summary>The outbox's bound in points; past it the oldest are dropped and counted.</summary>
    [Range(1, long.MaxValue)]
    public long MaxOutboxPoints { get; set; } = 10_000_000;

    /// <summary>
    /// Points held in memory at most while they wait for the outbox (its disk is failing or far behind); past it new
    /// points are dropped and counted, and durability barriers fault until the outbox has caught up.
    /// </summary>
    [Range(1_000, 100_000_000)]
    public int MaxBufferedPoints { get; set; } = 1_000_000;

    /// <summary>The outbox file; relative paths are under the hub's data directory.</summary>
    public string OutboxPath { get; set; } = "telemetry-outbox.db";

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of one request (exponential backoff with jitter, or the server's Retry-After) before the batch waits for the next round.</summary>
    [Range(0, 20)]
    public int RetryAttempts { get; set; } = 4;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>After this many failed rounds in a row the circuit opens for <see cref="BreakDuration"/>: no requests, points keep queueing.</summary>
    [Range(1, 1000)]
    public int BreakAfterFailures { get; set; } = 3;

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
