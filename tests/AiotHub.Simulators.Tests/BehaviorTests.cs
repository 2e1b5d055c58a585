using AiotHub.Core.Profiles;
using AiotHub.Simulators.Behaviors;

namespace AiotHub.Simulators.Tests;

/// <summary>Type-specific behaviours on a manual clock: the patterns are believable, in range and reproducible.</summary>
public sealed class BehaviorTests
{
    [Fact]
    public void TemperatureFollowsTheDailyCurveWithinItsRangeWarmestInTheAfternoon()
    {
        var harness = new DeviceHarness("aiot.sensor.th1", o => o.Rate = 1);
        var samples = new List<(double Hour, double Temperature, double Humidity)>();
        harness.Run(TimeSpan.FromHours(24), TimeSpan.FromMinutes(1), () => samples.Add(
            (harness.Device.LocalHour, harness.Device.State.GetNumber("environment.temperature"), harness.Device.State.GetNumber("environment.relative-humidity"))));

        var low = DailyCurve.MeanTemperature - DailyCurve.TemperatureAmplitude - 1 - (5 * ClimateSensorBehavior.TemperatureNoise);
        var high = DailyCurve.MeanTemperature + DailyCurve.TemperatureAmplitude + 1 + (5 * ClimateSensorBehavior.TemperatureNoise);
        Assert.All(samples, s => Assert.InRange(s.Temperature, low, high));
        Assert.All(samples, s => Assert.InRange(s.Humidity, 0, 100));
        Assert.All(samples, s => Assert.Equal(Math.Round(s.Temperature, 1), s.Temperature));
        var afternoon = samples.Where(s => s.Hour is >= 14 and < 16).Average(s => s.Temperature);
        var night = samples.Where(s => s.Hour is >= 2 and < 4).Average(s => s.Temperature);
        Assert.True(afternoon - night > 3.5, $"afternoon {afternoon:F2} vs night {night:F2}");
        var humidAtNight = samples.Where(s => s.Hour is >= 2 and < 4).Average(s => s.Humidity);
        var humidAfternoon = samples.Where(s => s.Hour is >= 14 and < 16).Average(s => s.Humidity);
        Assert.True(humidAtNight > humidAfternoon + 8, "humidity runs opposite to temperature");
        // Noise: consecutive samples are not all equal to the curve.
        Assert.True(samples.Select(s => s.Temperature).Distinct().Count() > 30);
    }

    [Fact]
    public void TheSameSeedGivesTheSameValuesAndAnotherSeedDoesNot()
    {
        static List<double> Run(int seed)
        {
            var harness = new DeviceHarness("aiot.sensor.th1", o => o.Rate = 1, seed: seed);
            var values = new List<double>();
            harness.Run(TimeSpan.FromHours(2), TimeSpan.FromMinutes(1), () => values.Add(harness.Device.State.GetNumber("environment.temperature")));
            return values;
        }

        Assert.Equal(Run(3), Run(3));
        Assert.NotEqual(Run(3), Run(4));
    }

    [Fact]
    public void MotionComesInBurstsMostlyWhilePeopleAreAwakeAndIlluminanceFollowsDaylight()
    {
        var harness = new DeviceHarness("aiot.sensor.motion1", o => o.Rate = 0.2);
        var bursts = new List<(double StartHour, TimeSpan Length)>();
        DateTimeOffset? start = null;
        double? lux3 = null, lux12 = null;
        harness.Run(TimeSpan.FromHours(24), TimeSpan.FromSeconds(1), () =>
        {
            var d = harness.Device;
            var moving = d.State.GetBool("motion-sensor.motion-state");
            if (moving && start is null)
                start = d.Now;
            else if (!moving && start is { } s)
            {
                bursts.Add(((s.TimeOfDay.TotalHours), d.Now - s));
                start = null;
            }

            if (d.Now.TimeOfDay == TimeSpan.FromHours(3))
                lux3 = d.State.GetNumber("motion-sensor.illumination");
            if (d.Now.TimeOfDay == TimeSpan.FromHours(12))
                lux12 = d.State.GetNumber("motion-sensor.illumination");
        });

        Assert.True(bursts.Count > 20, $"only {bursts.Count} bursts in a day");
        Assert.All(bursts, b => Assert.InRange(b.Length, MotionSensorBehavior.MinBurst, MotionSensorBehavior.MaxBurst + TimeSpan.FromSeconds(1)));
        var night = bursts.Count(b => b.StartHour < 6);
        var evening = bursts.Count(b => b.StartHour is >= 17 and < 23);
        Assert.True(evening > 2 * night, $"evening {evening} vs night {night}");
        var detected = harness.Messages.Count(m => m.Subtopic == "events/motion-sensor.motion-detected");
        var ended = harness.Messages.Count(m => m.Subtopic == "events/motion-sensor.no-motion");
        Assert.InRange(detected, bursts.Count, bursts.Count + 1);
        Assert.Equal(bursts.Count, ended);
        Assert.InRange(lux3!.Value, 0, 1);
        Assert.InRange(lux12!.Value, 400, 800);
    }

    [Fact]
    public void PlugPowerFollowsOnAndOffAndEnergyAccumulates()
    {
        var harness = new DeviceHarness("aiot.plug.meter1", o => o.Rate = 0.1);
        var plug = (PlugBehavior)harness.Device.Behavior;
        harness.Command("set", """{"id":"a","values":{"switch.on":true}}""");
        harness.Run(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));
        var state = harness.Device.State;
        Assert.InRange(state.GetNumber("power-consumption.electric-power"), plug.LoadWatts * 0.93, plug.LoadWatts * 1.07);
        Assert.InRange(state.GetNumber("power-consumption.electric-current"), plug.LoadWatts * 0.9 / 240, plug.LoadWatts * 1.1 / 220);

        var before = state.GetNumber("power-consumption.power-consumption");
        harness.Run(TimeSpan.FromHours(1), TimeSpan.FromSeconds(5));
        var used = state.GetNumber("power-consumption.power-consumption") - before;
        Assert.InRange(used, (plug.LoadWatts / 1000 * 0.95) - 0.01, (plug.LoadWatts / 1000 * 1.05) + 0.01);

        harness.Command("call", """{"id":"b","action":"switch.toggle"}""");
        harness.Run(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));
        Assert.False(state.GetBool("switch.on"));
        Assert.Equal(0, state.GetNumber("power-consumption.electric-power"));
        var off = state.GetNumber("power-consumption.power-consumption");
        harness.Run(TimeSpan.FromHours(1), TimeSpan.FromSeconds(5));
        Assert.Equal(off, state.GetNumber("power-consumption.power-consumption"), 2);
    }

    [Fact]
    public void CurtainMovesTowardTheTargetOverTimeAndStopsThere()
    {
        var harness = new DeviceHarness("aiot.curtain.motor1");
        var state = harness.Device.State;
        harness.Command("call", """{"id":"c","action":"curtain.close"}""");
        harness.Run(TimeSpan.FromSeconds(12), TimeSpan.FromMilliseconds(100));
        Assert.Equal(0, state.GetNumber("curtain.current-position"));
        Assert.Equal(0, state.GetNumber("curtain.status"));

        harness.Command("set", """{"id":"s","values":{"curtain.target-position":80}}""");
        harness.Run(TimeSpan.FromSeconds(4.1), TimeSpan.FromMilliseconds(100));
        Assert.InRange(state.GetNumber("curtain.current-position"), 35, 45);
        Assert.Equal(1, state.GetNumber("curtain.status"));
        harness.Run(TimeSpan.FromSeconds(6), TimeSpan.FromMilliseconds(100));
        Assert.Equal(80, state.GetNumber("curtain.current-position"));
        Assert.Equal(0, state.GetNumber("curtain.status"));

        harness.Command("call", """{"id":"o","action":"curtain.open"}""");
        harness.Run(TimeSpan.FromSeconds(1.1), TimeSpan.FromMilliseconds(100));
        harness.Command("call", """{"id":"p","action":"curtain.stop"}""");
        harness.Run(TimeSpan.FromSeconds(0.2), TimeSpan.FromMilliseconds(100));
        var stopped = state.GetNumber("curtain.current-position");
        Assert.InRange(stopped, 85, 95);
        harness.Run(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(100));
        Assert.Equal(stopped, state.GetNumber("curtain.current-position"));
        // Positions were reported while moving, not only at the end.
        var positions = harness.Payloads("properties")
            .Where(p => p.GetProperty("values").TryGetProperty("curtain.current-position", out _))
            .Select(p => p.GetProperty("values").GetProperty("curtain.current-position").GetInt32()).ToList();
        Assert.Contains(positions, p => p is > 20 and < 60);
    }

    [Fact]
    public void TelevisionPlaysPausesAndRefusesPlaybackWhileOff()
    {
        var harness = new DeviceHarness("aiot.tv.t1");
        harness.Command("set", """{"id":"off","values":{"television.on":false}}""");
        harness.Run(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));
        harness.Command("call", """{"id":"p0","action":"television.play"}""");
        harness.Run(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));
        Assert.Equal(-4004, harness.Payloads("reply").Single(r => r.GetProperty("id").GetString() == "p0").GetProperty("code").GetInt32());

        harness.Command("set", """{"id":"on","values":{"television.on":true}}""");
        harness.Run(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));
        var state = harness.Device.State;
        Assert.Equal(1, state.GetNumber("television.playback-state"));
        Assert.NotEqual(string.Empty, state.GetString("television.current-app"));
        Assert.Single(harness.Messages, m => m.Subtopic == "events/television.content-changed");
        harness.Command("call", """{"id":"p1","action":"television.pause"}""");
        harness.Run(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));
        Assert.Equal(2, state.GetNumber("television.playback-state"));
        harness.Command("call", """{"id":"p2","action":"television.launch-app","in":{"app":"com.example.music"}}""");
        harness.Run(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));
        Assert.Equal("com.example.music", state.GetString("television.current-app"));
    }

    [Fact]
    public void SpeakerToldToSpeakHearsBuiltInUtterancesInEnglishAndChineseAndRecordsPlayText()
    {
        var harness = new DeviceHarness("aiot.speaker.s1", o => o.UtteranceInterval = TimeSpan.FromMinutes(1));
        harness.Run(TimeSpan.FromHours(1), TimeSpan.FromSeconds(1));
        var heard = harness.Payloads("events/intelligent-speaker.voice-command");
        Assert.InRange(heard.Count, 30, 100);
        var speaker = harness.Device.Profile.FindEvent("intelligent-speaker", "voice-command")!;
        Assert.All(heard, e => Assert.Empty(ProfileValueValidator.ValidateArguments(speaker.Arguments, e.GetProperty("args"))));
        var languages = heard.Select(e => e.GetProperty("args").GetProperty("language").GetString()).Distinct().ToList();
        Assert.Contains("en", languages);
        Assert.Contains("zh-CN", languages);

        harness.Command("call", """{"id":"t","action":"intelligent-speaker.play-text","in":{"text":"晚安"}}""");
        harness.Run(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));
        Assert.Equal(0, harness.Payloads("reply").Single().GetProperty("code").GetInt32());
        Assert.Equal("晚安", Assert.Single(harness.Device.Voice!.Answers));
    }

    [Theory]
    [InlineData("aiot.speaker.s1")]
    [InlineData("aiot.tv.t1")]
    [InlineData("aiot.tvbox.b1")]
    public void ADeviceThatListensIsSilentForADayByDefault(string model)
    {
        var harness = new DeviceHarness(model);
        Assert.NotNull(harness.Device.Voice);

        harness.Run(TimeSpan.FromHours(24), TimeSpan.FromSeconds(5));

        Assert.DoesNotContain(harness.Messages, m => m.Subtopic.EndsWith(".voice-command", StringComparison.Ordinal));
        Assert.Equal(0, harness.Device.Voice.Sent);
    }

    [Theory]
    [InlineData("aiot.tv.t1")]
    [InlineData("aiot.tvbox.b1")]
    public void ATelevisionToldToSpeakEmitsItsRemotesVoiceCommandAndRecordsTheMessageShown(string model)
    {
        var harness = new DeviceHarness(model);

        Assert.True(harness.Device.Say("turn off the TV", "en-GB", 72));
        harness.Command("call", """{"id":"a","action":"screen.show-message","in":{"text":"OK, turned off the TV."}}""");
        harness.Run(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));

        var heard = Assert.Single(harness.Payloads("events/voice-remote.voice-command")).GetProperty("args");
        Assert.Equal("turn off the TV", heard.GetProperty("utterance").GetString());
        Assert.Equal("en-GB", heard.GetProperty("language").GetString());
        Assert.Equal(72, heard.GetProperty("confidence").GetInt32());
        var declared = harness.Device.Profile.FindEvent("voice-remote", "voice-command")!;
        Assert.Empty(ProfileValueValidator.ValidateArguments(declared.Arguments, heard));
        Assert.Equal(0, harness.Payloads("reply").Single().GetProperty("code").GetInt32());
        Assert.Equal("OK, turned off the TV.", Assert.Single(harness.Device.Voice!.Answers));
    }

    [Fact]
    public void ADeviceWithoutAVoiceCommandEventCannotBeToldToSpeak()
    {
        var harness = new DeviceHarness("aiot.light.ceiling1");

        Assert.Null(harness.Device.Voice);
        Assert.False(harness.Device.Say("turn on the light"));
        Assert.Empty(harness.Messages);
    }

    [Fact]
    public void EveryShippedProfileReportsOnlyValidValuesForADay()
    {
        foreach (var profile in TestProfiles.All())
        {
            var harness = new DeviceHarness(profile.Model, o => o.Rate = 0.05);
            harness.Device.OnConnected();
            harness.Run(TimeSpan.FromHours(24), TimeSpan.FromSeconds(30));
            var reports = harness.Payloads("properties");
            Assert.True(reports.Count > 100, $"{profile.Model}: {reports.Count} reports");
            foreach (var report in reports)
            {
                foreach (var value in report.GetProperty("values").EnumerateObject())
                {
                    var property = harness.Device.State.Find(value.Name)!.Property;
                    Assert.True(ProfileValueValidator.ValidateReported(property, value.Value).Count == 0, $"{profile.Model} {value.Name} = {value.Value}");
                }
            }
        }
    }
}
