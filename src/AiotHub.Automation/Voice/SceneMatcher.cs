using AiotHub.Automation.Scenes;

namespace AiotHub.Automation.Voice;

/// <summary>
/// Scenes by name, configured aliases and built-in synonyms in both languages: a scene whose name carries a key
/// ("Movie", "Good night") answers to every phrase of that key's group ("观影模式", "看电影", "晚安", "bedtime").
/// </summary>
internal static class SceneMatcher
{
    /// <summary>Synonym groups: the key a scene name carries, its English and Chinese display names, and the phrases.</summary>
    public static readonly (string Key, string English, string Chinese, string[] Phrases)[] Groups =
    [
        ("movie", "movie mode", "观影模式", ["movie mode", "movie time", "movie night", "cinema mode", "theater mode", "theatre mode", "watch a movie", "watch a film", "watching a movie", "movie scene", "film mode", "start movie", "film scene", "cinema scene", "watching a flick", "set it up for a film", "set it up for a movie", "set up for a film", "for a film", "for a movie", "电影之夜", "电影夜", "观影之夜", "watch a flick", "flick night", "watching a film", "watching a movie", "电影场景", "观影场景", "the film scene", "movie mood", "film night mode",
            "movie time", "film night", "film time", "cinema time", "cinema night", "watch a movie", "观影模式", "观影", "看电影", "电影模式", "看大片", "看片", "影院模式", "影院", "电影时间", "放电影", "看个电影", "看部电影"]),
        ("good night", "good night", "晚安模式", ["good night", "goodnight", "buenas noches", "bonne nuit", "gute nacht", "oyasumi", "g'night", "g night", "nighty", "night night", "bedtime", "bed time", "time for bed", "going to bed", "go to bed", "time to sleep", "i'm going to sleep", "going to sleep", "i'm off to bed", "off to bed", "heading to bed", "nighty night", "nite nite", "sleep time", "sleepy time", "lights out time", "away to my bed", "away to bed", "off to my bed", "hit the sack", "hitting the sack", "hit the hay", "hitting the hay", "turning in", "turn in for the night", "call it a night", "calling it a night",
            "晚安", "睡觉了", "我要睡了", "我要睡觉", "准备睡觉", "睡了", "该睡觉了", "晚安模式", "就寝", "睡觉觉", "要睡觉", "去睡觉", "上床睡觉", "睡觉去了", "睡觉去", "困了", "困哒", "晚安场景", "我去睡了", "去睡了", "我去睡觉了", "要歇了", "我要歇了", "歇了"]),
        ("good morning", "good morning", "早安模式", ["good morning", "morning", "mornin", "get the day going", "start the day", "wake up", "i'm up", "rise and shine", "wakey wakey", "time to get up", "we're up", "morning all", "早安", "早上好", "起床了", "我起床了", "起床", "起床模式", "早安模式", "早晨", "早上好啊", "早安场景"]),
        ("welcome home", "welcome home", "回家模式", ["welcome home", "welcome at home", "arrived home", "arrived at home", "am arrived", "just got home", "got home", "just got back", "back from the", "到屋里了", "回屋里了", "到家里了", "回家里了", "我到家里", "i'm home", "im home", "i am home", "i'm back", "im back", "i am back", "we're home", "were home", "we are home", "we're back", "were back", "we are back", "honey i'm home", "home sweet home", "home now", "back home", "arrived home", "just got home", "i reach home", "i come home", "come home already", "home at last", "finally home", "home finally", "回家场景", "欢迎回家场景", "reach home", "reached home", "i don reach house", "reach house", "got home", "just reached home", "we've arrived", "home already",
            "我回来了", "我回家了", "回家了", "到家了", "到家啦", "到家", "回来了", "回来啦", "回家模式", "欢迎回家", "我到家了", "我回来", "我们回来", "回来", "我回家", "回家啦", "回屋了", "到屋了", "我返来", "进屋了"]),
        ("leav", "leaving home", "离家模式", ["i'm leaving", "leaving home", "i'm going out", "going out", "heading out", "bye", "goodbye", "我出门了", "出门了", "我走了", "出门", "离家"]),
    ];

    private static readonly string[] Salutations =
        ["good night", "goodnight", "night night", "good morning", "morning", "welcome home", "movie mode", "movie night", "晚安", "早安", "早上好", "观影模式", "电影模式", "欢迎回家", "回家模式", "晚安模式", "早安模式", "scene", "场景"];

    /// <summary>
    /// Whether the text names a scene outright ("晚安", "good night", "…scene") rather than saying something a scene's
    /// synonym also says ("我要睡了" beside "床头灯关掉" is why, not a request for the scene).
    /// </summary>
    public static bool IsSalutation(string text) => VoiceText.ContainsAny(text, Salutations);

    /// <summary>The scene the text names, longest phrase first; <c>Synonym</c> when only a built-in synonym matched, not its name or an alias.</summary>
    public static (Scene Scene, bool Synonym)? Find(IReadOnlyList<Scene> scenes, VoiceOptions options, string text)
    {
        Scene? best = null;
        var bestPhrase = "";
        var synonym = false;
        foreach (var scene in scenes)
        {
            foreach (var (phrase, isSynonym) in Phrases(scene, options))
                if (phrase.Length > bestPhrase.Length && VoiceText.Contains(text, phrase))
                    (best, bestPhrase, synonym) = (scene, phrase, isSynonym);
        }

        return best is null ? null : (best, synonym);
    }

    /// <summary>The scene's name in the language: its own when written in that script, else its synonym group's, else null.</summary>
    public static string? DisplayName(Scene scene, string lang)
    {
        if (scene.Name.Any(VoiceText.IsCjk) == (lang == "zh"))
            return scene.Name;
        var name = VoiceText.Normalize(scene.Name);
        foreach (var group in Groups)
            if (name.Contains(group.Key, StringComparison.Ordinal) || group.Phrases.Contains(name))
                return lang == "zh" ? group.Chinese : group.English;
        return null;
    }

    private static IEnumerable<(string Phrase, bool Synonym)> Phrases(Scene scene, VoiceOptions options)
    {
        var name = VoiceText.Normalize(scene.Name);
        yield return (name, false);
        if (options.SceneAliases.TryGetValue(scene.Id, out var aliases))
            foreach (var alias in aliases)
                yield return (VoiceText.Normalize(alias), false);
        foreach (var group in Groups)
        {
            if (!name.Contains(group.Key, StringComparison.Ordinal) && !group.Phrases.Contains(name))
                continue;
            foreach (var phrase in group.Phrases)
                yield return (phrase, true);
        }
    }
}
