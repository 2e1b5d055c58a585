using YamlDotNet.RepresentationModel;

namespace AiotHub.Gateway.Tests.Docker;

/// <summary>docker-compose.yml at the repository root, as YAML: a service's mapping, environment and values.</summary>
internal sealed class ComposeFile
{
    private readonly YamlMappingNode _services;

    private ComposeFile(YamlMappingNode services) => _services = services;

    public static string DefaultPath => Path.Combine(Dockerfile.RepositoryRoot, "docker-compose.yml");

    public static ComposeFile Read(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
            yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return new ComposeFile((YamlMappingNode)root.Children[new YamlScalarNode("services")]);
    }

    public IEnumerable<string> ServiceNames => _services.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

    public YamlMappingNode Service(string name) => (YamlMappingNode)_services.Children[new YamlScalarNode(name)];

    /// <summary>A service's environment (the mapping form), with ${NAME:-default} replaced by its default, as Compose does without a .env.</summary>
    public IReadOnlyDictionary<string, string> Environment(string service) =>
        ((YamlMappingNode)Service(service).Children[new YamlScalarNode("environment")]).Children
            .ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => WithDefaults(((YamlScalarNode)p.Value).Value ?? ""), StringComparer.Ordinal);

    public string? Scalar(string service, params string[] path)
    {
        YamlNode node = Service(service);
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var next))
                return null;
            node = next;
        }

        return (node as YamlScalarNode)?.Value;
    }

    private static string WithDefaults(string value)
    {
        while (value.IndexOf("${", StringComparison.Ordinal) is var start and >= 0)
        {
            var end = value.IndexOf('}', start);
            var inner = value[(start + 2)..end];
            var split = inner.IndexOf(":-", StringComparison.Ordinal);
            Assert.True(split > 0, $"'{value}': a variable without a default would be empty without a .env");
            value = value[..start] + inner[(split + 2)..] + value[(end + 1)..];
        }

        return value;
    }
}
