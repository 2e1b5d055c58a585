using AiotHub.Core.Profiles;

namespace AiotHub.Simulators.Behaviors;

/// <summary>Chooses a behaviour by the profile's device type; unknown types get the generic one.</summary>
public static class DeviceBehaviors
{
    public static DeviceBehavior For(DeviceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Type switch
        {
            "temperature-humidity-sensor" => new ClimateSensorBehavior(),
            "motion-sensor" => new MotionSensorBehavior(),
            "outlet" => new PlugBehavior(),
            "curtain" => new CurtainBehavior(),
            "television" => new MediaPlayerBehavior("television"),
            "tv-box" => new MediaPlayerBehavior("tv-box"),
            "speaker" => new SpeakerBehavior(),
            "air-conditioner" => new AirConditionerBehavior(),
            "air-purifier" => new AirPurifierBehavior(),
            "light" => new LightBehavior(),
            _ => new DeviceBehavior(),
        };
    }
}
