using AiotHub.Core.Devices;

namespace AiotHub.Automation.Voice;

/// <summary>
/// Chinese said in short clauses, where a question or a negation comes before (or after) the request itself and the
/// request leaves its object unsaid: "卧室灯咋还亮着呢 给关了" (why is it still on — switch it off), "电视甭开了 关喽" (don't
/// turn it on — switch it off), "窗帘停一下 别拉了" (stop — don't keep drawing). The request is the last clause that is
/// neither a question nor negated and says what to do; when it names nothing, it is about what the clause before named.
/// Only when a question or a negated clause is present: several plain requests are <see cref="CompoundRequest"/>'s.
/// </summary>
internal static class ClauseFocus
{
    public static readonly string[] AskWords = ["问一下", "问问", "想知道", "查一下", "查查", "看看", "看一下", "确认一下", "告诉我"];

    /// <summary>Whether the clause names no room and no kind of device beyond what the question names.</summary>
    private static bool NamesOnlyWhat(Utterance clause, Utterance asked)
    {
        var types = asked.Nouns.Select(n => n.Type).Concat(asked.Named.SelectMany(d => d).Select(d => d.Type)).ToHashSet(StringComparer.Ordinal);
        return clause.Rooms.Count == 0 && clause.Nouns.All(n => types.Contains(n.Type)) && clause.Named.SelectMany(d => d).All(d => types.Contains(d.Type));
    }

    public static Utterance? Find(Utterance whole, HomeView home, VoiceOptions options)
    {
        if (whole.Language != "zh")
            return null;
        // "门关了没啦 我在车上": where the speaker is says nothing to do.
        var clauses = whole.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(c => !UtteranceReader.SpeakerPlace.Any(place => c.StartsWith(place, StringComparison.Ordinal))).ToArray();
        if (clauses.Length == 1 && whole.Text.Trim() != clauses[0])
            return UtteranceReader.Read(clauses[0], "zh", home, options) is { Question: true } asked ? asked with { Question = true } : null;
        if (clauses.Length < 2 || clauses.Length > 4)
            return null;
        var read = clauses.Select(c => UtteranceReader.Read(c, "zh", home, options)).ToList();
        var negated = read.Select(c => Negation.IsNegated(c)).ToList();
        if (!read.Any(c => c.Question) && !negated.Contains(true))
            return null;
        // "睡觉前问一下 烧水壶插座关了吧": a question that names nothing asks about what follows; it requests nothing.
        // Not when it comes last: "大灯打开 我看看地扫干净没" asks nothing of the home, the request before it stands.
        if (read.Take(read.Count - 1).Any(c => c.Question && !c.NamesSomething && c.Rooms.Count == 0 && VoiceText.ContainsAny(c.Text, AskWords)))
            return null;
        var command = -1;
        for (var i = read.Count - 1; i >= 0 && command < 0; i--)
            if (!read[i].Question && !negated[i] && RequestReader.Read(read[i], options) is { Verb: not VoiceVerb.None } request
                // "卧室冷得很 几度了": a complaint beside a question is why it is asked, not a request.
                && !(RequestReader.IsFeeling(read[i]) && request.Implied && read.Any(c => c.Question)))
                command = i;
        // "水壶插座关了没有 我记不清了", "大门关好了吗 孩子刚进来": a question about a device, and the rest only says why.
        // (When the whole is read as a question already, all of it is what is asked: "客厅亮度多少来着 传感器测的那个"; unless the
        // other clauses name only what the question names: "门开了多久了 谁出去没关门".)
        if (command < 0)
            return read.FirstOrDefault(c => c.Question && (c.NamesSomething || c.Rooms.Count > 0)) is { } asked
                && (!whole.Question || asked.NamesSomething && read.All(c => ReferenceEquals(c, asked) || NamesOnlyWhat(c, asked)))
                ? asked with { Question = true } : null;
        var focus = read[command];
        // "客厅的都关了 电视别关", "空调不要关 其他东西全部关掉": what a negated clause names is left out of the request (of the
        // rest of the home when the request is a group word), never its object.
        List<Device> excluded = [.. Enumerable.Range(0, read.Count).Where(i => negated[i] && read[i].NamesSomething).SelectMany(i => Exclusion.Devices(read[i], home))];
        if (focus.NamesSomething || focus.Rooms.Count > 0 || focus.Group)
            return focus with { Excluded = excluded };
        var verb = RequestReader.Read(focus, options).Verb;
        // "不要开空调 开了可冷嘞": the same verb as the negated one, about its device, is the reason it was said, not a request.
        if (Enumerable.Range(0, read.Count).Any(i => negated[i] && read[i].NamesSomething && RequestReader.Read(read[i], options).Verb == verb))
            return null;
        // "…给关了": the object is what the nearest clause before it named (or after it, "关了吧 那个电视").
        var named = Enumerable.Range(0, read.Count).Where(i => i != command && (read[i].NamesSomething || read[i].Rooms.Count > 0))
            .OrderBy(i => i < command ? command - i : i - command + read.Count).Select(i => read[i]).FirstOrDefault();
        return named is null ? null : focus with { Named = named.Named, Nouns = named.Nouns, Rooms = named.Rooms, Missing = named.Missing ?? focus.Missing, Group = focus.Group || named.Group };
    }
}
