using AiotHub.Automation.Schedules;

namespace AiotHub.Automation.Tests.Schedules;

public sealed class CronScheduleParsingTests
{
    public static TheoryData<string> Accepted => new()
    {
        "* * * * *",
        "0 0 * * *",
        "*/15 * * * *",
        "0 9-17/2 * * MON-FRI",
        "30 6 1,15,L * *",
        "0 0 1 JAN,jul *",
        "0 12 * * 7",
        "0 12 * * 5-7",
        "5/10 * * * *",
        "0 0 29 2 *",
        "  0\t0  *  * *  ",
        "*/10 * * * * *",
        "0 0 0 ? * SUN",
        "0-59/59 23 31 12 6",
        "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@HOURLY",
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void AcceptsTheDialect(string expression)
    {
        Assert.True(CronSchedule.TryParse(expression, out var schedule, out var error), error);
        Assert.Equal(expression.Trim(), schedule.Expression);
    }

    public static TheoryData<string, string> Rejected => new()
    {
        { "", "empty" },
        { "* * * *", "expected 5 fields (minute hour day-of-month month day-of-week) or 6 with a leading seconds field, got 4" },
        { "* * * * * * *", "got 7" },
        { "60 * * * *", "minute field: \"60\" is out of range 0-59" },
        { "* 24 * * *", "hour field: \"24\" is out of range 0-23" },
        { "* * 0 * *", "day-of-month field: \"0\" is out of range 1-31" },
        { "* * 32 * *", "day-of-month field: \"32\" is out of range 1-31" },
        { "* * * 13 *", "month field: \"13\" is out of range 1-12" },
        { "* * * * 8", "day-of-week field: \"8\" is out of range 0-7" },
        { "60 * * * * *", "second field: \"60\" is out of range 0-59" },
        { "* * * FOO *", "month field: \"FOO\" is not a number or a name (JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC)" },
        { "* * * * MONDAY", "day-of-week field: \"MONDAY\" is not a number or a name" },
        { "* MON * * *", "hour field: \"MON\" is not a number" },
        { "*/0 * * * *", "minute field: \"*/0\" has step \"0\"; a step must be a number from 1 to 59" },
        { "*/x * * * *", "minute field: \"*/x\" has step \"x\"" },
        { "17-5 * * * *", "minute field: \"17-5\" is a range whose start is after its end" },
        { "FRI-MON * * * *", "minute field: \"FRI\" is not a number" },
        { "* * * * FRI-MON", "day-of-week field: \"FRI-MON\" is a range whose start is after its end" },
        { "1,,2 * * * *", "minute field: empty list element in \"1,,2\"" },
        { "1, * * * *", "minute field: empty list element" },
        { "-5 * * * *", "minute field: \"-5\" is missing a value" },
        { "5- * * * *", "minute field: \"5-\" is missing a value" },
        { "* * * * L", "day-of-week field: \"L\" is only allowed alone in the day-of-month field" },
        { "* * L-2 * *", "day-of-month field: \"L\" is only allowed alone in the day-of-month field" },
        { "0 0 30 2 *", "day-of-month field: \"30\" never occurs in month field \"2\"" },
        { "0 0 31 APR,JUN,SEP,NOV *", "never occurs" },
        { "@reboot", "unknown macro \"@reboot\"" },
        { "+5 * * * *", "minute field: \"+5\" is not a number" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void RejectsWithAnErrorNamingTheFieldTokenAndReason(string expression, string expectedError)
    {
        Assert.False(CronSchedule.TryParse(expression, out var schedule, out var error));
        Assert.Null(schedule);
        Assert.Contains(expectedError, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseThrowsFormatExceptionCarryingTheReason()
    {
        var ex = Assert.Throws<FormatException>(() => CronSchedule.Parse("0 25 * * *"));
        Assert.Contains("hour field: \"25\" is out of range 0-23", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DayOfMonthThatExistsOnlyInLeapYearsIsAccepted()
    {
        Assert.True(CronSchedule.TryParse("0 0 29 FEB *", out _, out _));
    }
}
