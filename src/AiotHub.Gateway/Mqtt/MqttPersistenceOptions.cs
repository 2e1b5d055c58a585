using System.ComponentModel.DataAnnotations;

namespace AiotHub.Gateway.Mqtt;

/// <summary>
/// Mqtt:Persistence — where the embedded broker keeps sessions, queued and retained messages
/// across restarts (the broker journal, opened by <see cref="EmbeddedBrokerService"/>).
/// </summary>
public sealed class MqttPersistenceOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Relative paths are resolved against the content root.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Mqtt:Persistence:DataDirectory must not be empty.")]
    public string DataDirectory { get; set; } = "data/broker";
}
