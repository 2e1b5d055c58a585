namespace AiotHub.Mqtt.Tests.Infrastructure;

/// <summary>What goes into the temporary mosquitto.conf that <see cref="MosquittoBroker"/> writes.</summary>
internal sealed class MosquittoBrokerOptions
{
    /// <summary>
    /// Keep sessions and queued messages across restarts in <see cref="MosquittoBroker.DataDirectory"/>;
    /// mosquitto writes its database on a graceful stop (SIGTERM), not on SIGKILL.
    /// </summary>
    public bool Persistence { get; set; }

    /// <summary>mosquitto's <c>max_inflight_messages</c> (its Receive Maximum towards clients in 5.0).</summary>
    public int? MaxInflightMessages { get; set; }

    /// <summary>mosquitto's <c>max_queued_messages</c>, per client, for offline and over-window messages.</summary>
    public int? MaxQueuedMessages { get; set; }

    /// <summary>Set <c>allow_anonymous false</c> and use this file, e.g. one written by <c>mosquitto_passwd</c>.</summary>
    public string? PasswordFile { get; set; }

    /// <summary>Lines put verbatim before the generated ones (e.g. <c>per_listener_settings true</c>, which must come first).</summary>
    public List<string> LeadingConfigLines { get; } = [];

    /// <summary>Lines appended verbatim to the configuration, after the generated ones.</summary>
    public List<string> ExtraConfigLines { get; } = [];
}
