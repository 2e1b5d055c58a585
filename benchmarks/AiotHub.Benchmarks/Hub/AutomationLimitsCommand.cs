using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiotHub.Automation.Automations;

namespace AiotHub.Benchmarks.Hub;

/// <summary>
/// `automation-limits`: issue 12's hostile imports against the real hub process (`AiotHub.Gateway.dll --demo`, default
/// settings), watched from outside by <see cref="HubSampler"/> — resident memory and GET /healthz latency throughout.
/// A member token does what the finding did: imports one automation of 100 "if" actions of 100 "notify" actions and
/// runs it 60 times at once (<c>deep</c>); then the same shape at the limits — five automations of exactly
/// <see cref="AutomationLimits.StepsPerAutomation"/> steps with 1,000-character messages, each run 24 times at once
/// and held by a delay (<c>limit</c>); then 1,000 automations on a one-second cron (<c>cron</c>) and the most a home
/// may have on the most frequent schedule allowed (<c>cron-limit</c>). After each, its automations are deleted and
/// memory is read again once the hub has settled. Options: --only deep|limit|cron|cron-limit, --empty (no --demo),
/// --hold S (longest a phase lets runs go on, 60), --settle S (wait after a delete, 30), --cron-seconds S (150).
/// </summary>
internal static class AutomationLimitsCommand
{
    private const string Home = "/api/v1/homes/home";

    public static async Task<int> RunAsync(string[] args)
    {
        var only = Option(args, "--only", "");
        var hold = TimeSpan.FromSeconds(Option(args, "--hold", 60));
        var settle = TimeSpan.FromSeconds(Option(args, "--settle", 30));
        var cronWatch = TimeSpan.FromSeconds(Option(args, "--cron-seconds", 150));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(30));
        var ct = cancel.Token;

        // The hub's own note when it gives memory back after a delete is shown with the figures.
        const string trimLog = "--Logging:LogLevel:AiotHub.Gateway.Automations.AutomationMemoryTrim=Information";
        await using var hub = HubProcess.Start(args.Contains("--empty") ? [trimLog] : ["--demo", trimLog]);
        using var owner = await hub.CreateOwnerClientAsync(ct);
        using var member = await CreateMemberClientAsync(owner, ct);
        using var sampler = new HubSampler(hub.ProcessId, hub.HttpPort);
        Console.WriteLine($"hub pid {hub.ProcessId}: http {hub.HttpPort}{(args.Contains("--empty") ? "" : ", --demo")}; settling 20 s");
        await Task.Delay(TimeSpan.FromSeconds(20), ct);
        var idle = sampler.SteadyBytes(TimeSpan.FromSeconds(5));
        var idleFigures = sampler.Between(sampler.Now - TimeSpan.FromSeconds(10), sampler.Now);
        Console.WriteLine($"idle: {Mib(idle)} MiB ({sampler.Breakdown()}), healthz p50 {idleFigures.HealthP50:F1} ms, p99 {idleFigures.HealthP99:F1} ms");

        var limits = new AutomationLimits();
        var context = new PhaseContext(owner, member, sampler, idle, hold, settle, ct);
        var rows = new List<PhaseRow>();
        if (only is "" or "deep")
            rows.Add(await PhaseAsync(context, "100 if × 100 notify, 60 runs at once", () => DeepAsync(context)));
        if (only is "" or "limit")
            rows.Add(await PhaseAsync(context, $"5 automations of {limits.StepsPerAutomation} steps (1,000-char messages), 24 runs each at once", () => AtLimitAsync(context, limits)));
        if (only is "" or "cron")
            rows.Add(await PhaseAsync(context, "1,000 automations on a one-second cron", () => CronAsync(context, 1_000, "* * * * * *", hold)));
        if (only is "" or "cron-limit")
        {
            // As many as the home may still have (the demo home has some of its own).
            var room = limits.AutomationsPerHome - (await owner.GetFromJsonAsync<JsonElement>($"{Home}/automations?limit=1", ct)).GetProperty("total").GetInt32();
            rows.Add(await PhaseAsync(context, $"{room} automations (the home's limit) on a one-minute cron, {cronWatch.TotalSeconds:F0} s",
                () => CronAsync(context, room, "* * * * *", cronWatch)));
        }

        Console.WriteLine();
        Console.WriteLine($"idle {Mib(idle)} MiB (RSS, --demo); targets: peak ≤ 300 MiB above idle, healthz p99 ≤ 100 ms, memory after delete within 10 % of before");
        Console.WriteLine();
        Console.WriteLine("| attack | the hub's answer | peak above idle | healthz p50 / p99 / max | checks failed | before → after delete |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var f = row.Figures;
            var change = (row.After - row.Before) * 100.0 / row.Before;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Name} | {row.Outcome} | {Mib(f.PeakBytes - idle)} MiB | {f.HealthP50:F1} / {f.HealthP99:F1} / {f.HealthMax:F0} ms | {f.HealthFailures} of {f.HealthSamples} | {Mib(row.Before)} → {Mib(row.After)} MiB ({change:+0.0;-0.0} %) |"));
        }

        foreach (var line in hub.Output.Split('\n').Where(l => l.Contains("Memory given back", StringComparison.Ordinal)))
            Console.WriteLine("hub: " + line.Trim());
        var met = rows.All(r => r.Figures.PeakBytes - idle <= 300L * 1024 * 1024 && r.Figures.HealthP99 <= 100 && r.After <= r.Before * 1.1);
        Console.WriteLine();
        Console.WriteLine(met ? "all targets met" : "some targets NOT met");
        return met ? 0 : 1;
    }

    private static async Task<PhaseRow> PhaseAsync(PhaseContext context, string name, Func<Task<(string Outcome, Func<Task> Delete)>> attack)
    {
        Console.WriteLine($"— {name}");
        var before = context.Sampler.SteadyBytes(TimeSpan.FromSeconds(3));
        var start = context.Sampler.Now;
        var (outcome, delete) = await attack();
        Console.WriteLine($"  {outcome}; deleting");
        await delete();
        await Task.Delay(context.Settle, context.Cancel);
        var after = context.Sampler.SteadyBytes(TimeSpan.FromSeconds(3));
        var figures = context.Sampler.Between(start, context.Sampler.Now);
        Console.WriteLine($"  peak {Mib(figures.PeakBytes)} MiB, healthz p99 {figures.HealthP99:F1} ms (max {figures.HealthMax:F0}), {Mib(before)} → {Mib(after)} MiB ({context.Sampler.Breakdown()})");
        return new PhaseRow(name, outcome, figures, before, after);
    }

    private static async Task<(string, Func<Task>)> DeepAsync(PhaseContext c)
    {
        var document = HostileAutomations.Document([HostileAutomations.Nested("deep", 100, 100)]);
        var (status, body) = await PostAsync(c.Member, $"{Home}/automations/import", document, c.Cancel);
        if (status != HttpStatusCode.OK)
            return ($"import {(int)status}: {FirstProblem(body)}", () => Task.CompletedTask);
        var answers = await RunManyAsync([c.Member], "deep", 60, c.Cancel);
        await WaitRunsAsync(c, "deep", c.Hold);
        return ($"imported; 60 runs: {answers}", () => DeleteAsync(c.Member, ["deep"], c.Cancel));
    }

    private static async Task<(string, Func<Task>)> AtLimitAsync(PhaseContext c, AutomationLimits limits)
    {
        // if + condition + 9 notifies = 11 steps each; with the trigger and the holding delay, exactly at the limit.
        var ifs = (limits.StepsPerAutomation - 2) / 11;
        var notifies = (limits.StepsPerAutomation - 2 - ifs * 2) / ifs;
        var message = new string('x', 1_000);
        var ids = Enumerable.Range(1, 5).Select(i => $"limit-{i}").ToArray();
        var document = HostileAutomations.Document(ids.Select(id => HostileAutomations.Nested(id, ifs, notifies, message, hold: "15s")));
        var (status, body) = await PostAsync(c.Member, $"{Home}/automations/import", document, c.Cancel);
        if (status != HttpStatusCode.OK)
            return ($"import {(int)status}: {FirstProblem(body)}", () => Task.CompletedTask);
        var steps = HostileAutomations.Steps(ifs, notifies, hold: true);
        var answers = new List<string>();
        foreach (var id in ids)
            answers.Add(await RunManyAsync([c.Member, c.Owner], id, 24, c.Cancel));
        var traceBytes = await LargestTraceAsync(c, ids[0]);
        foreach (var id in ids)
            await WaitRunsAsync(c, id, c.Hold);
        return ($"imported ({steps} steps each); runs: {string.Join("; ", answers.Distinct())}; largest trace {traceBytes / 1024} KiB",
            () => DeleteAsync(c.Member, ids, c.Cancel));
    }

    private static async Task<(string, Func<Task>)> CronAsync(PhaseContext c, int count, string cron, TimeSpan watch)
    {
        var ids = Enumerable.Range(1, count).Select(i => $"cron-{i}").ToArray();
        var document = HostileAutomations.Document(ids.Select(id => HostileAutomations.Scheduled(id, cron, 3)));
        var (status, body) = await PostAsync(c.Member, $"{Home}/automations/import", document, c.Cancel);
        if (status != HttpStatusCode.OK)
        {
            // And one alone, to see what the schedule itself gets.
            var (single, problem) = await PostAsync(c.Member, $"{Home}/automations", HostileAutomations.Scheduled("cron-alone", cron, 3), c.Cancel);
            var alone = single == HttpStatusCode.Created ? "one alone: created" : $"one alone {(int)single}: {FirstProblem(problem)}";
            return ($"import {(int)status}: {FirstProblem(body)}; {alone}",
                () => single == HttpStatusCode.Created ? DeleteAsync(c.Member, ["cron-alone"], c.Cancel) : Task.CompletedTask);
        }

        var watched = Stopwatch.StartNew();
        await Task.Delay(watch, c.Cancel);
        var ran = await CountRunsAsync(c.Owner, "succeeded", c.Cancel);
        var limited = await CountRunsAsync(c.Owner, "rate-limited", c.Cancel);
        var perSecond = ran / watched.Elapsed.TotalSeconds;
        return (string.Create(CultureInfo.InvariantCulture,
            $"imported; in {watched.Elapsed.TotalSeconds:F0} s {ran} runs ({perSecond:F1}/s), {limited} refused by the rate limit (traces kept)"),
            () => DeleteAsync(c.Member, ids, c.Cancel));
    }

    private static async Task<HttpClient> CreateMemberClientAsync(HttpClient owner, CancellationToken ct)
    {
        using var response = await owner.PostAsJsonAsync($"{Home}/tokens", new { name = "hostile member", role = "member" }, ct);
        response.EnsureSuccessStatusCode();
        var secret = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("secret").GetString();
        var member = new HttpClient { BaseAddress = owner.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        member.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return member;
    }

    /// <summary>POST …/run <paramref name="count"/> times at once (spread over the clients), and what the hub answered, counted by status.</summary>
    private static async Task<string> RunManyAsync(HttpClient[] clients, string id, int count, CancellationToken ct)
    {
        var tasks = Enumerable.Range(0, count).Select(async i =>
        {
            using var response = await clients[i % clients.Length].PostAsync($"{Home}/automations/{id}/run", null, ct);
            var limit = response.StatusCode == HttpStatusCode.TooManyRequests
                && (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).TryGetProperty("limit", out var l) ? l.ToString() : null;
            return limit is null ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) : $"429 {limit}";
        });
        var answers = await Task.WhenAll(tasks);
        return string.Join(", ", answers.GroupBy(a => a).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()}× {g.Key}"));
    }

    private static async Task WaitRunsAsync(PhaseContext c, string id, TimeSpan hold)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < hold)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), c.Cancel);
            try
            {
                if (await CountRunsAsync(c.Owner, "running", c.Cancel, id) == 0)
                    return;
            }
            catch (TaskCanceledException) when (!c.Cancel.IsCancellationRequested)
            {
                // The hub did not answer in time: still busy.
            }
        }
    }

    private static async Task<long> LargestTraceAsync(PhaseContext c, string id)
    {
        await Task.Delay(TimeSpan.FromSeconds(2), c.Cancel);
        var page = await c.Owner.GetFromJsonAsync<JsonElement>($"{Home}/automation-runs?automationId={id}&limit=100", c.Cancel);
        return page.GetProperty("items").EnumerateArray().Select(r => (long)r.GetRawText().Length).DefaultIfEmpty(0).Max();
    }

    private static async Task<int> CountRunsAsync(HttpClient client, string result, CancellationToken ct, string? id = null)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"{Home}/automation-runs?result={result}&limit=1{(id is null ? "" : "&automationId=" + id)}", ct);
        return page.GetProperty("total").GetInt32();
    }

    private static async Task DeleteAsync(HttpClient client, IEnumerable<string> ids, CancellationToken ct)
    {
        foreach (var id in ids)
        {
            while (true)
            {
                using var response = await client.DeleteAsync($"{Home}/automations/{id}", ct);
                if (response.StatusCode != HttpStatusCode.TooManyRequests)
                    break;
                // The API's own rate limit per token: wait as told.
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), ct);
            }
        }
    }

    private static async Task<(HttpStatusCode, JsonElement)> PostAsync(HttpClient client, string path, JsonObject body, CancellationToken ct)
    {
        using var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(path, content, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>The first problem of a problem+json answer, shortened: what the hub said was wrong.</summary>
    private static string FirstProblem(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return "(no body)";
        if (body.TryGetProperty("errors", out var errors) && errors.EnumerateObject().FirstOrDefault() is { Value.ValueKind: JsonValueKind.Array } first)
        {
            var message = first.Value[0].GetString() ?? "";
            return $"{first.Name}: {(message.Length > 160 ? message[..160] + "…" : message)}";
        }

        return body.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : body.GetRawText();
    }

    private static long Mib(long bytes) => bytes / (1024 * 1024);

    private static T Option<T>(string[] args, string name, T fallback) where T : ISpanParsable<T>
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? T.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed record PhaseContext(
        HttpClient Owner, HttpClient Member, HubSampler Sampler, long Idle, TimeSpan Hold, TimeSpan Settle, CancellationToken Cancel);

    private sealed record PhaseRow(string Name, string Outcome, PhaseFigures Figures, long Before, long After);
}
