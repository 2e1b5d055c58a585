namespace AiotHub.Gateway.Firmware.Rollouts;

/// <summary>
/// A home's quiet hours in the hub's time zone: no update is applied from <see cref="Start"/> until <see cref="End"/>
/// (over midnight when End is earlier; equal times are refused by the API). Downloads go on.
/// </summary>
internal sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public bool Contains(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return Start <= End ? local >= Start && local < End : local >= Start || local < End;
    }
}
