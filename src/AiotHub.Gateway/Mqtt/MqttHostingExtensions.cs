using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Mqtt;

/// <summary>builder.AddMqtt(): the "Mqtt" options and the hosted service for the configured mode.</summary>
internal static class MqttHostingExtensions
{
    public static IHostApplicationBuilder AddMqtt(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MqttOptions>().BindConfiguration(MqttOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<MqttOptions>, MqttOptionsValidator>();
        return builder;
    }
}
