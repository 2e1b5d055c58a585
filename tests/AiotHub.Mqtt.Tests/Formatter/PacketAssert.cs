using System.Collections;
using System.Reflection;
using AiotHub.Mqtt.Packets;

namespace AiotHub.Mqtt.Tests.Formatter;

/// <summary>Field-by-field comparison of packets: byte buffers by content, lists element by element.</summary>
internal static class PacketAssert
{
    public static void Equivalent(object? expected, object? actual) => Compare(expected, actual, expected?.GetType().Name ?? "packet");

    private static void Compare(object? expected, object? actual, string path)
    {
        // An absent list and an empty one encode the same way.
        if (expected is IList { Count: 0 } && actual is null || expected is null && actual is IList { Count: 0 })
        {
            return;
        }

        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {Describe(expected)}, got {Describe(actual)}");
            return;
        }

        switch (expected)
        {
            case ReadOnlyMemory<byte> memory:
                Assert.True(memory.Span.SequenceEqual(((ReadOnlyMemory<byte>)actual).Span), $"{path}: payloads differ");
                return;
            case byte[] bytes:
                Assert.True(bytes.AsSpan().SequenceEqual((byte[])actual), $"{path}: bytes differ");
                return;
            case string or Enum or MqttUserProperty or ValueType:
                Assert.True(expected.Equals(actual), $"{path}: expected {Describe(expected)}, got {Describe(actual)}");
                return;
            case IList list:
                var other = (IList)actual;
                Assert.True(list.Count == other.Count, $"{path}: expected {list.Count} items, got {other.Count}");
                for (var i = 0; i < list.Count; i++)
                {
                    Compare(list[i], other[i], $"{path}[{i}]");
                }

                return;
        }

        Assert.Equal(expected.GetType(), actual.GetType());
        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }

    private static string Describe(object? value) => value is null ? "null" : $"'{value}'";
}
