using System.Text.Json.Serialization;

namespace AiotHub.Core.Persistence.Backup;

/// <summary>What a backup entry is; each kind has its place in the data directory (<see cref="BackupLayout"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BackupEntryKind>))]
public enum BackupEntryKind
{
    /// <summary>hub.db: the registry, twin, commands and every module's tables (tokens, scenes, automations, credentials …).</summary>
    [JsonStringEnumMemberName("hub-database")]
    HubDatabase,

    /// <summary>telemetry.db: the recorder's history (raw samples and aggregates).</summary>
    [JsonStringEnumMemberName("telemetry-database")]
    TelemetryDatabase,

    /// <summary>The broker store's state (retained messages, persistent sessions and their queues) as one snapshot file.</summary>
    [JsonStringEnumMemberName("broker-snapshot")]
    BrokerSnapshot,

    /// <summary>A device profile uploaded through the API (one model version).</summary>
    [JsonStringEnumMemberName("profile")]
    Profile,

    /// <summary>The hub's local CA certificate (public).</summary>
    [JsonStringEnumMemberName("ca-certificate")]
    CertificateAuthorityCertificate,

    /// <summary>The hub's local CA private key: whoever holds it can issue device certificates the hub trusts.</summary>
    [JsonStringEnumMemberName("ca-key")]
    CertificateAuthorityKey,
}
