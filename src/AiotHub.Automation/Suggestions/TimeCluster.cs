namespace AiotHub.Automation.Suggestions;

/// <summary>
/// One thing done at about <see cref="Minute"/> on <see cref="Days"/>: the <see cref="Occurrences"/> (one a day), out of
/// <see cref="Possible"/> such days. Settings of one device found at the same times on the same days are merged
/// into one time routine (the bulb turned on and dimmed to 40 % at 07:00).
/// </summary>
internal sealed record TimeCluster(MinedAction Effect, List<MinedAction> Occurrences, DaySet Days, int Minute, int Possible)
{
    public double Confidence => Possible == 0 ? 0 : (double)Occurrences.Count / Possible;
}
