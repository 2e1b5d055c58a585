using System.Text.Json.Nodes;
using AiotHub.Gateway.Events;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// The live streams' messages, which the handlers (writing bytes) cannot show the generator: a
/// HomeEventType enum from <see cref="HomeEventCatalog.All"/> (the event records) — the one list the hub, this document and
/// the web app share — a HomeEvent schema whose "type" is that enum, and ?types= as an array of it.
/// </summary>
internal sealed class EventsOpenApiTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string TypeSchemaName = "HomeEventType";
    public const string EventSchemaName = "HomeEvent";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        EnsureSchemas(document);
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = context.Description.RelativePath ?? "";
        if (!path.StartsWith("api/v1/homes/", StringComparison.Ordinal) || !(path.EndsWith("/events", StringComparison.Ordinal) || path.EndsWith("/events/ws", StringComparison.Ordinal)))
            return Task.CompletedTask;

        var document = context.Document!;
        EnsureSchemas(document);
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query && p.Name == "types"))
        {
            parameter.Description = "Only these event types (repeated or comma-separated); absent: all. An unknown type is a 400 problem.";
            parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference(TypeSchemaName, document) };
        }

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status == "200" && response is OpenApiResponse ok)
                ok.Description = "One message per event: SSE \"event:\" is its type, \"data:\" the HomeEvent JSON (docs/api.md \"Live events\").";
        }

        return Task.CompletedTask;
    }

    private static void EnsureSchemas(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas.TryAdd(TypeSchemaName, new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "What changed; the stream's own notices \"reset\" and \"overflow\" are not event types.",
            Enum = [.. HomeEventCatalog.All.Select(t => (JsonNode)JsonValue.Create(t))],
        });
        document.Components.Schemas.TryAdd(EventSchemaName, new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "One change in a home as the live streams send it.",
            Required = new HashSet<string>(StringComparer.Ordinal) { "id", "homeId", "type", "time", "data" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["id"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Description = "Increases by one per event across the hub; resume with it." },
                ["homeId"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["type"] = new OpenApiSchemaReference(TypeSchemaName, document),
                ["time"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
                ["deviceId"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["data"] = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "The type's payload (docs/api.md lists each)." },
            },
        });
    }
}
