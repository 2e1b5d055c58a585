using System.Text.Json;

namespace AiotHub.Gateway.Tests.Events;

internal sealed record SseEvent(long? Id, string Type, JsonElement Data, string Text);
