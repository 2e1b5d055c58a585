using AiotHub.Automation.Automations;

namespace AiotHub.Automation.Tests.Automations.Definitions;

/// <summary>Durations, times of day and weekdays as docs/automations.md writes them.</summary>
public sealed class AutomationDurationsTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("30s", 30_000)]
    [InlineData("5m", 300_000)]
    [InlineData("2h", 7_200_000)]
    [InlineData("1d", 86_400_000)]
    [InlineData("1h30m", 5_400_000)]
    [InlineData("1d2h3m4s5ms", 93_784_005)]
    [InlineData("0s", 0)]
    public void ADurationReadsAsItsLength(string text, long milliseconds)
    {
        Assert.True(AutomationDurations.TryParseDuration(text, allowNegative: false, out var duration));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
        Assert.Equal(text == "0s" ? "0s" : text, AutomationDurations.Format(duration));
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("m")]
    [InlineData("5 m")]
    [InlineData("5M")]
    [InlineData("30m1h")]
    [InlineData("1h1h")]
    [InlineData("1.5h")]
    [InlineData("-5m")]
    [InlineData("+5m")]
    [InlineData("367d")]
    [InlineData("5w")]
    public void AMalformedDurationIsRefused(string text) =>
        Assert.False(AutomationDurations.TryParseDuration(text, allowNegative: false, out _));

    [Fact]
    public void AnOffsetMayBeNegativeWhereAllowed()
    {
        Assert.True(AutomationDurations.TryParseDuration("-1h30m", allowNegative: true, out var offset));
        Assert.Equal(TimeSpan.FromMinutes(-90), offset);
        Assert.Equal("-1h30m", AutomationDurations.Format(offset));
    }

    [Theory]
    [InlineData("00:00", 0, 0, 0)]
    [InlineData("07:30", 7, 30, 0)]
    [InlineData("23:59:59", 23, 59, 59)]
    public void ATimeOfDayReads(string text, int hour, int minute, int second)
    {
        Assert.True(AutomationDurations.TryParseTime(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute, second), time);
    }

    [Theory]
    [InlineData("7:30")]
    [InlineData("24:00")]
    [InlineData("12:60")]
    [InlineData("12:30:60")]
    [InlineData("12:30:5")]
    [InlineData("12.30")]
    [InlineData("noon")]
    public void AMalformedTimeIsRefused(string text) => Assert.False(AutomationDurations.TryParseTime(text, out _));

    [Fact]
    public void WeekdaysAreTheThreeLetterLowerCaseNames()
    {
        Assert.True(AutomationDurations.TryParseWeekday("mon", out var monday));
        Assert.True(AutomationDurations.TryParseWeekday("sun", out var sunday));
        Assert.Equal((DayOfWeek.Monday, DayOfWeek.Sunday), (monday, sunday));
        Assert.False(AutomationDurations.TryParseWeekday("Mon", out _));
        Assert.False(AutomationDurations.TryParseWeekday("monday", out _));
    }
}
