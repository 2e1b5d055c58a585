using AiotHub.Automation.Scenes;
using AiotHub.Automation.Voice;
using AiotHub.Automation.Voice.Learning;
using AiotHub.Core.Devices;
using AiotHub.Core.Tests.Devices;
using static AiotHub.Core.Tests.Devices.TestRegistry;

namespace AiotHub.Automation.Tests.Learning;

/// <summary>
/// What a home's assistant keeps and learns, over the real registry and a real hub.db: the not-understood log (bounded,
/// deduplicated, switchable, deletable, durable), the intent counts, and taught utterances carried out as taught.
/// </summary>
public sealed class VoiceLearningTests : IDisposable
{
    private const string Home = DeviceRegistry.DefaultHomeId;
    private readonly ManualClock _clock = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-voice-learning-").FullName;
    private readonly DeviceRegistry _registry;
    private readonly SceneCatalog _scenes;

    public VoiceLearningTests()
    {
        _registry = Create(_clock);
        _registry.Online("lamp-1");
        _registry.UpdateDevice("lamp-1", name: "Ceiling");
        _registry.Online("lamp-2");
        _registry.UpdateDevice("lamp-2", name: "Desk");
        _scenes = new SceneCatalog(_registry, timeProvider: _clock);
        Assert.Equal(SceneWriteStatus.Done, _scenes.Create(Home, new SceneDefinition("movie", "Movie", null, [new SceneStep("lamp-1", Json("""{"light.on":false}"""))])).Status);
    }

    private string DatabasePath => Path.Combine(_directory, "hub.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private VoiceLearning Open(VoiceLearningStore store, VoiceLearningOptions? options = null, SceneRunner? runner = null) =>
        new(store, _registry, _scenes, runner, _clock, options);

    private static VoiceResult Said(string intent, string language = "en", string answer = "Sorry?") =>
        new(intent, language, [], null, null, null, answer, [], []);

    [Fact]
    public void RepeatsOfOneUtteranceInAnotherCaseOrPunctuationAreOneEntryWithACount()
    {
        using var store = VoiceLearningStore.Open(DatabasePath);
        var learning = Open(store);

        learning.Record(Home, "Make it cosy", Said(VoiceIntents.Unknown));
        _clock.Advance(TimeSpan.FromMinutes(1));
        learning.Record(Home, "make it cosy!", Said(VoiceIntents.Unknown, answer: "Still no."));
        learning.Record(Home, "打开那个", Said(VoiceIntents.Clarify, "zh", "你是说哪一个？"));

        var log = learning.ListNotUnderstood(Home);
        Assert.Equal(["打开那个", "make it cosy!"], log.Select(e => e.Text));
        var cosy = log[1];
        Assert.Equal((2, "Still no.", VoiceIntents.Unknown), (cosy.Count, cosy.Answer, cosy.Intent));
        Assert.Equal(cosy.FirstSaid + TimeSpan.FromMinutes(1), cosy.LastSaid);
        Assert.Equal(("zh", VoiceIntents.Clarify), (log[0].Language, log[0].Intent));
    }

    [Fact]
    public void UnderstoodUtterancesAreCountedPerIntentAndLanguageButNotLogged()
    {
        using var store = VoiceLearningStore.Open(DatabasePath);
        var learning = Open(store);

        learning.Record(Home, "turn on the ceiling", Said(VoiceIntents.TurnOn));
        learning.Record(Home, "turn on the desk", Said(VoiceIntents.TurnOn));
        learning.Record(Home, "打开吸顶灯", Said(VoiceIntents.TurnOn, "zh"));
        learning.Record(Home, "gibberish", Said(VoiceIntents.Unknown));

        Assert.Equal(
            [new VoiceIntentCount(VoiceIntents.TurnOn, "en", 2), new VoiceIntentCount(VoiceIntents.TurnOn, "zh", 1), new VoiceIntentCount(VoiceIntents.Unknown, "en", 1)],
            learning.ListIntentCounts(Home));
        Assert.Equal("gibberish", Assert.Single(learning.ListNotUnderstood(Home)).Text);
    }

    [Fact]
    public void TheLogKeepsTheNewestEntriesOfEachHomeAndClipsLongTexts()
    {
        using var store = VoiceLearningStore.Open(DatabasePath);
        var learning = Open(store, new VoiceLearningOptions { MaxLoggedPerHome = 3 });

        for (var i = 0; i < 5; i++)
        {
            learning.Record(Home, $"mystery {i}", Said(VoiceIntents.Unknown));
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        learning.Record("cabin", "cabin mystery", Said(VoiceIntents.Unknown));
        // Saying an old one again makes it new.
        learning.Record(Home, "mystery 2", Said(VoiceIntents.Unknown));
        learning.Record("cabin", new string('x', 2000), Said(VoiceIntents.Unknown, answer: new string('y', 5000)));

        Assert.Equal(["mystery 2", "mystery 4", "mystery 3"], learning.ListNotUnderstood(Home).Select(e => e.Text));
        var cabin = learning.ListNotUnderstood("cabin");
        Assert.Equal(2, cabin.Count);
        Assert.Equal(VoiceUtterances.MaxLength, cabin.Max(e => e.Text.Length));
        Assert.Equal(1000, cabin.Max(e => e.Answer.Length));
    }

    [Fact]
    public void WhileTheLogIsOffNothingNewIsKeptNorCountedAndTheSwitchSurvivesARestart()
    {
        using (var store = VoiceLearningStore.Open(DatabasePath))
        {
            var learning = Open(store);
            learning.Record(Home, "before", Said(VoiceIntents.Unknown));
            learning.SetLogEnabled(Home, false);

            learning.Record(Home, "private words", Said(VoiceIntents.Unknown));
            learning.Record(Home, "turn on the ceiling", Said(VoiceIntents.TurnOn));

            Assert.False(learning.IsLogEnabled(Home));
            Assert.True(learning.IsLogEnabled("cabin"));
        }

        using (var store = VoiceLearningStore.Open(DatabasePath))
        {
            var learning = Open(store);
            learning.Record(Home, "after restart", Said(VoiceIntents.Unknown));

            Assert.False(learning.IsLogEnabled(Home));
            Assert.Equal("before", Assert.Single(learning.ListNotUnderstood(Home)).Text);
            Assert.Equal([new VoiceIntentCount(VoiceIntents.Unknown, "en", 1)], learning.ListIntentCounts(Home));
        }

        // Nothing of it reached the file, not only the API.
        using var connection = Core.Persistence.ModuleSchema.Open(DatabasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM voice_not_understood WHERE text <> 'before'";
        Assert.Equal(0L, (long)command.ExecuteScalar()!);
    }

    [Fact]
    public void DeletingOneOrAllEntriesTouchesOnlyThatHome()
    {
        using var store = VoiceLearningStore.Open(DatabasePath);
        var learning = Open(store);
        learning.Record(Home, "one", Said(VoiceIntents.Unknown));
        learning.Record(Home, "two", Said(VoiceIntents.Unknown));
        learning.Record(Home, "three", Said(VoiceIntents.Unknown));
        learning.Record("cabin", "cabin", Said(VoiceIntents.Unknown));
        var two = learning.ListNotUnderstood(Home).Single(e => e.Text == "two");
        var cabin = learning.ListNotUnderstood("cabin")[0];

        Assert.Equal(1, learning.DeleteNotUnderstood(Home, two.Id));
        Assert.Equal(0, learning.DeleteNotUnderstood(Home, cabin.Id));
        Assert.Equal(["three", "one"], learning.ListNotUnderstood(Home).Select(e => e.Text));
        Assert.Equal(2, learning.DeleteNotUnderstood(Home, null));
        Assert.Empty(learning.ListNotUnderstood(Home));
        Assert.Single(learning.ListNotUnderstood("cabin"));
    }

    [Fact]
    public void TheLogCountsAndTaughtUtterancesSurviveARestart()
    {
        using (var store = VoiceLearningStore.Open(DatabasePath))
        {
            var learning = Open(store);
            learning.Record(Home, "cosy please", Say());
            Assert.Equal(TeachStatus.Created, learning.Teach(Home, "Movie time!", null, "movie", null, "tok_1").Status);
            Assert.Equal(TeachStatus.Created, learning.Teach(Home, "bright", new SceneStep("lamp-1", Json("""{"light.brightness":100}""")), null, null, null).Status);
        }

        using (var store = VoiceLearningStore.Open(DatabasePath))
        {
            var learning = Open(store);

            Assert.Equal("cosy please", Assert.Single(learning.ListNotUnderstood(Home)).Text);
            Assert.Equal(1, Assert.Single(learning.ListIntentCounts(Home)).Count);
            var taught = learning.ListTaught(Home);
            Assert.Equal(["Movie time!", "bright"], taught.Select(t => t.Utterance));
            Assert.Equal(("scene", "movie", "tok_1"), (taught[0].Kind, taught[0].Scene, taught[0].CreatedBy));
            Assert.Equal("""{"light.brightness":100}""", taught[1].Device!.Set!.Value.GetRawText());
            Assert.True(learning.TryUnderstand(Home, "movie TIME", null, out _, out var understood));
            Assert.Equal((VoiceIntents.RunScene, "movie"), (understood.Intent, understood.Targets[0]));
        }

        static VoiceResult Say() => Said(VoiceIntents.Unknown);
    }

    [Fact]
    public void ATaughtDeviceActionIsCheckedAgainstTheProfileAndNothingIsStoredWhenItDoesNotFit()
    {
        using var store = VoiceLearningStore.Open(DatabasePath);
        var learning = Open(store);

        var outside = learning.Teach(Home, "blinding", new SceneStep("lamp-1", Json("""{"light.brightness":500,"light.sparkle":true}""")), null, null, null);
        var nobody = learning.Teach(Home, "blinding", new SceneStep("lamp-9", Json("""{"light.on":true}""")), null, null, null);
        var two = learning.Teach(Home, "blinding", null, "movie", new TaughtAlias("lamp-1", "blinding"), null);
        var noScene = learning.Teach(Home, "blinding", null, "disco", null, null);
        var empty = learning.Teach(Home, " ?! ", null, "movie", null, null);

        Assert.All([outside, nobody, two, noScene, empty], r => Assert.Equal(TeachStatus.Invalid, r.Status));
        Assert.Equal(["$.device.set['light.brightness']", "$.device.set['light.sparkle']"], outside.Errors.Select(e => e.Path));
        Assert.Equal("$.device.deviceId", Assert.Single(nobody.Errors).Path);
        Assert.Equal("$", Assert.Single(two.Errors).Path);
        Assert.Equal("$.scene", Assert.Single(noScene.Errors).Path);
        Assert.Equal("$.utterance", Assert.Single(empty.Errors).Path);
        Assert.Empty(learning.ListTaught(Home));
    }

    [Fact]
    public void ATaughtDeviceActionIsSentAsACommandAndAnsweredInTheUtterancesLanguage()
    {
        using var store = VoiceLearningStore.Open(DatabasePath);
        var learning = Open(store);
        _registry.UpdateDevice("lamp-1", aliases: ["吸顶灯"]);
        learning.Teach(Home, "Reading light", new SceneStep("lamp-1", Json("""{"light.on":true,"light.brightness":80}""")), null, null, null);
        learning.Teach(Home, "亮一点", new SceneStep("lamp-1", Json("""{"light.brightness":90}""")), null, null, null);
        learning.Teach(Home, "switch it", new SceneStep("lamp-1", Call: "light.toggle"), null, null, null);

        Assert.True(learning.TryUnderstand(Home, "reading light.", null, out var taught, out var understood));
        var english = learning.Execute(Home, taught, understood, "voice", "tok_1");
        Assert.True(learning.TryUnderstand(Home, "亮一点！", null, out var taughtZh, out var understoodZh));
        var chinese = learning.Execute(Home, taughtZh, understoodZh);
        Assert.True(learning.TryUnderstand(Home, "Switch it", null, out var taughtCall, out var understoodCall));
        var call = learning.Execute(Home, taughtCall, understoodCall);

        Assert.Equal((VoiceLearning.TaughtIntent, "en", "lamp-1"), (english.Intent, english.Language, english.Targets[0]));
        Assert.Equal("OK, Ceiling: on, brightness 80.", english.Answer);
        var command = _registry.GetCommand(Assert.Single(english.CommandIds))!;
        Assert.Equal(("lamp-1", CommandKind.Set), (command.DeviceId, command.Kind));
        Assert.Equal("好的，吸顶灯已按你教我的设置好了。", chinese.Answer);
        Assert.DoesNotContain(chinese.Answer, c => c is >= 'A' and <= 'z');
        Assert.Equal(CommandKind.Call, _registry.GetCommand(Assert.Single(call.CommandIds))!.Kind);
        Assert.False(learning.TryUnderstand(Home, "reading", null, out _, out _));
    }

    [Fact]
    public void AChineseAnswerCallsADeviceNamedAfterItsModelByTheModelsChineseName()
    {
        using var store = VoiceLearningStore.Open(DatabasePath);
        var learning = Open(store);
        _registry.UpdateDevice("lamp-2", name: "Ceiling light");
        learning.Teach(Home, "开大灯", new SceneStep("lamp-2", Json("""{"light.on":true}""")), null, null, null);
        learning.Teach(Home, "big light on", new SceneStep("lamp-2", Json("""{"light.on":true}""")), null, null, null);

        Assert.True(learning.TryUnderstand(Home, "开大灯", null, out var taught, out var understood));
        Assert.True(learning.TryUnderstand(Home, "big light on", null, out var taughtEn, out var understoodEn));

        Assert.Equal("好的，已打开吸顶灯。", learning.Execute(Home, taught, understood).Answer);
        Assert.Equal("OK, Ceiling light is on.", learning.Execute(Home, taughtEn, understoodEn).Answer);
    }

    [Fact]
    public void ATaughtAliasBecomesTheDevicesAliasAndForgettingItTakesItOff()
    {
        using var store = VoiceLearningStore.Open(DatabasePath);
        var learning = Open(store);
        learning.Record(Home, "turn on the big one", Said(VoiceIntents.Unknown));

        var clash = learning.Teach(Home, "turn on the desk", null, null, new TaughtAlias("lamp-1", "desk"), null);
        var notInIt = learning.Teach(Home, "turn on the big one", null, null, new TaughtAlias("lamp-1", "giant"), null);
        var taught = learning.Teach(Home, "turn on the big one", null, null, new TaughtAlias("lamp-1", "big one"), null);

        Assert.Equal(TeachStatus.Invalid, clash.Status);
        Assert.Contains("lamp-2", Assert.Single(clash.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("$.alias.name", Assert.Single(notInIt.Errors).Path);
        Assert.Equal(TeachStatus.Created, taught.Status);
        Assert.True(_registry.TryGetDevice("lamp-1", out var lamp));
        Assert.Equal(["big one"], lamp.Aliases);
        Assert.Empty(learning.ListNotUnderstood(Home));
        // An alias is the engine's to resolve, not a shortcut around it.
        Assert.False(learning.TryUnderstand(Home, "turn on the big one", null, out _, out _));

        Assert.True(learning.Forget(Home, taught.Taught!.Id));
        Assert.True(_registry.TryGetDevice("lamp-1", out lamp));
        Assert.Empty(lamp.Aliases);
        Assert.False(learning.Forget(Home, taught.Taught.Id));
    }

    [Fact]
    public void TeachingTheSameUtteranceAgainReplacesItAndAHomeHoldsABoundedNumber()
    {
        using var store = VoiceLearningStore.Open(DatabasePath);
        var learning = Open(store, new VoiceLearningOptions { MaxTaughtPerHome = 2 });

        var first = learning.Teach(Home, "movie time", null, "movie", null, null);
        var again = learning.Teach(Home, "Movie Time", new SceneStep("lamp-1", Json("""{"light.on":false}""")), null, null, null);
        learning.Teach(Home, "lights out", null, "movie", null, null);
        var third = learning.Teach(Home, "one more", null, "movie", null, null);

        Assert.Equal(TeachStatus.Replaced, again.Status);
        Assert.Equal(first.Taught!.Id, again.Taught!.Id);
        Assert.Equal("device", again.Taught.Kind);
        Assert.Equal(TeachStatus.Full, third.Status);
        Assert.Equal(["Movie Time", "lights out"], learning.ListTaught(Home).Select(t => t.Utterance));
    }

    [Fact]
    public void AMappingWhoseSceneOrDeviceIsGoneFallsBackToTheEngine()
    {
        using var store = VoiceLearningStore.Open(DatabasePath);
        var learning = Open(store);
        learning.Teach(Home, "movie time", null, "movie", null, null);

        Assert.True(learning.TryUnderstand(Home, "movie time", null, out _, out _));
        _scenes.Delete(Home, "movie");
        Assert.False(learning.TryUnderstand(Home, "movie time", null, out _, out _));
    }
}
