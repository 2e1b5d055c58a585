using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Mqtt;

/// <summary>Source-generated (reflection-free) validation of the data annotations on <see cref="MqttOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class MqttOptionsValidator : IValidateOptions<MqttOptions>;
