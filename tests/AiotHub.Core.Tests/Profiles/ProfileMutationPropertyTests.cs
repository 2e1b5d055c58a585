using System.Text;
using System.Text.Json.Nodes;
using AiotHub.Core.Profiles;
using FsCheck;
using FsCheck.Fluent;

namespace AiotHub.Core.Tests.Profiles;

/// <summary>Random damage to a valid profile never throws: it is valid, or every error has a "$" path.</summary>
public sealed class ProfileMutationPropertyTests
{
    private static readonly Func<JsonNode?>[] Replacements =
    [
        () => null, () => true, () => 0, () => -1, () => 1.5, () => 65536, () => 1e300, () => long.MaxValue,
        () => "", () => "x", () => "Bool", () => "double", () => "read", () => "percentage", () => "a.b.c",
        () => new string('z', 300), () => new JsonArray(), () => new JsonObject(), () => new JsonArray(1, 0, 1),
        () => new JsonArray(0, 100, 0), () => new JsonArray("read", "write"), () => new JsonObject { ["x-ext"] = 1 },
    ];

    private static readonly string[] Keys =
        ["iid", "name", "format", "access", "value-range", "value-list", "unit", "in", "out", "arguments", "bogus", "x-ok", "max-length"];

    private static readonly byte[] TextNoise = "{}[]\",:\\ 0-1e.tnfu\u00e9\n\t"u8.ToArray().Append((byte)0xFF).ToArray();

    [Fact]
    public void StructuralMutationsNeverThrowAndAlwaysLocateTheirErrors()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var json = MutateTree(new Random(seed));
            return HoldsInvariants(DeviceProfileParser.Parse(json));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void TextualMutationsNeverThrowAndAlwaysLocateTheirErrors()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var bytes = MutateText(new Random(seed));
            return HoldsInvariants(DeviceProfileParser.Parse(bytes));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    private static bool HoldsInvariants(ProfileParseResult result)
    {
        if (result.IsValid)
            return result.Errors.Count == 0;
        return result.Errors.Count is > 0 and <= ProfileLimits.MaxErrors + 1
            && result.Errors.All(e => (e.Path == "$" || e.Path.StartsWith("$.", StringComparison.Ordinal) || e.Path.StartsWith("$[", StringComparison.Ordinal))
                && e.Message.Length > 0
                && !e.Message.Contains('\n', StringComparison.Ordinal) && !e.Path.Contains('\n', StringComparison.Ordinal));
    }

    private static string MutateTree(Random random)
    {
        var root = ProfileSamples.Node();
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            var target = nodes[random.Next(nodes.Count)];
            if (target.Parent is null)
                continue;
            Apply(target, random);
        }

        return root.ToJsonString();
    }

    private static void Apply(JsonNode target, Random random)
    {
        var parent = target.Parent!;
        switch (random.Next(5))
        {
            case 0:
                Replace(target, Replacements[random.Next(Replacements.Length)]());
                break;
            case 1:
                if (parent is JsonObject o)
                    o.Remove(target.GetPropertyName());
                else
                    ((JsonArray)parent).Remove(target);
                break;
            case 2:
                if (parent is JsonArray array)
                    array.Add(target.DeepClone()); // duplicates iids and names
                break;
            case 3:
                if (parent is JsonObject obj)
                {
                    var name = target.GetPropertyName();
                    obj.Remove(name);
                    obj[Keys[random.Next(Keys.Length)]] = target;
                }

                break;
            default:
                Replace(target, new JsonArray(target.DeepClone()));
                break;
        }
    }

    private static void Replace(JsonNode target, JsonNode? replacement)
    {
        if (target.Parent is JsonObject o)
            o[target.GetPropertyName()] = replacement;
        else if (target.Parent is JsonArray a)
            a[target.GetElementIndex()] = replacement;
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
            return;
        nodes.Add(node);
        if (node is JsonObject o)
        {
            foreach (var (_, child) in o)
                Collect(child, nodes);
        }
        else if (node is JsonArray a)
        {
            foreach (var child in a)
                Collect(child, nodes);
        }
    }

    private static byte[] MutateText(Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(ProfileSamples.Valid).ToList();
        var count = random.Next(1, 4);
        for (var i = 0; i < count && bytes.Count > 0; i++)
        {
            var at = random.Next(bytes.Count);
            var noise = TextNoise[random.Next(TextNoise.Length)];
            switch (random.Next(3))
            {
                case 0: bytes.RemoveAt(at); break;
                case 1: bytes.Insert(at, noise); break;
                default: bytes[at] = noise; break;
            }
        }

        return bytes.ToArray();
    }
}
