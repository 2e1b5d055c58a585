using AiotHub.Mqtt.Broker;

namespace AiotHub.Mqtt.Tests.Broker;

public sealed class MqttDeadlineTimerTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(49.0)]
    [InlineData(50.0)]
    [InlineData(200.0)]
    [InlineData(49_710.0)] // about 2^32 s
    public void ItFiresOnceWhenDueWhateverTheLengthAndNotBefore(double days)
    {
        var clock = new StrictManualClock();
        var fired = 0;
        using var timer = new MqttDeadlineTimer(clock, TimeSpan.FromDays(days), _ => fired++, null);
        if (days > 0)
        {
            // Advance in steps shorter and longer than a timer's own limit (49.7 days).
            var step = TimeSpan.FromDays(days > 100 ? 60 : days / 3);
            var left = TimeSpan.FromDays(days) - TimeSpan.FromMilliseconds(1);
            while (left > TimeSpan.Zero)
            {
                var by = left < step ? left : step;
                clock.Advance(by);
                left -= by;
            }

            Assert.Equal(0, fired);
        }

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, fired);
        clock.Advance(TimeSpan.FromDays(100));
        Assert.Equal(1, fired);
    }

    [Fact]
    public void ADisposedTimerNeverFires()
    {
        var clock = new StrictManualClock();
        var fired = false;
        var timer = new MqttDeadlineTimer(clock, TimeSpan.FromDays(60), _ => fired = true, null);
        clock.Advance(TimeSpan.FromDays(50)); // one step done, the next armed
        timer.Dispose();
        clock.Advance(TimeSpan.FromDays(20));
        Assert.False(fired);
    }

    [Fact]
    public void TheLongestTimeSpanIsAcceptedAndSimplyNeverComes()
    {
        var clock = new StrictManualClock();
        var fired = false;
        using var timer = new MqttDeadlineTimer(clock, TimeSpan.MaxValue, _ => fired = true, null);
        clock.Advance(TimeSpan.FromDays(365.25 * 1000));
        Assert.False(fired);
    }

    [Fact]
    public void ANegativeDueTimeCountsAsNow()
    {
        var clock = new StrictManualClock();
        var fired = false;
        using var timer = new MqttDeadlineTimer(clock, TimeSpan.FromSeconds(-5), _ => fired = true, null);
        clock.Advance(TimeSpan.Zero);
        Assert.True(fired);
    }
}
