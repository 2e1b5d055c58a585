namespace AiotHub.Simulators.Behaviors;

/// <summary>Indoor daily curves by local hour: warmest mid-afternoon, coolest before dawn; daylight from 6 to 18.</summary>
public static class DailyCurve
{
    public const double MeanTemperature = 21.5;
    public const double TemperatureAmplitude = 2.5;
    public const double MeanHumidity = 50;
    public const double HumidityAmplitude = 8;

    /// <summary>°C without noise: peaks at 15:00, lowest at 03:00.</summary>
    public static double Temperature(double hour) => MeanTemperature + (TemperatureAmplitude * Cos(hour));

    /// <summary>% relative humidity without noise: the inverse of temperature.</summary>
    public static double Humidity(double hour) => MeanHumidity - (HumidityAmplitude * Cos(hour));

    /// <summary>Indoor lux without noise: 0 at night, up to about 600 at noon, with a little lamp light in the evening.</summary>
    public static double Illuminance(double hour)
    {
        if (hour is >= 6 and <= 18)
            return 600 * Math.Sin(Math.PI * (hour - 6) / 12);
        return hour is > 18 and < 23 ? 60 : 0;
    }

    /// <summary>How busy a home is: more motion in the morning and the evening, little at night.</summary>
    public static double Activity(double hour) => hour switch
    {
        < 6 => 0.1,
        < 9 => 1.0,
        < 17 => 0.5,
        < 23 => 1.0,
        _ => 0.2,
    };

    private static double Cos(double hour) => Math.Cos(2 * Math.PI * (hour - 15) / 24);
}
