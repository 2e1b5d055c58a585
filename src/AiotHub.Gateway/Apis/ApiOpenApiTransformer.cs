using AiotHub.Gateway.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// What the generated document cannot see in the handlers' types: the bearer scheme and which
/// operations need it, the problem answers every operation can give (401 without a token, 403 when
/// its policy can refuse a role, 404 for an unknown resource in the path, 400/413 for bad or large
/// input, 412/304 for versioned resources, 429 over the rate limit), ETag headers, and ?limit= as a number.
/// </summary>
internal sealed class ApiOpenApiTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SchemeName = "bearer";
    private const string ProblemSchemaName = "Problem";
    private const string ProblemJson = "application/problem+json";

    // Policies every role of the home passes (a token without a role there gets 404, not 403).
    private static readonly HashSet<string> NoForbidden = new(StringComparer.Ordinal) { AccessPolicy.SignedIn, AccessPolicy.HomeRead, AccessPolicy.ProfilesRead };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        EnsureComponents(document);
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var path = "/" + description.RelativePath;
        if (!path.StartsWith("/api/v1", StringComparison.Ordinal))
            return Task.CompletedTask;

        EnsureComponents(context.Document!);
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
        var method = description.HttpMethod ?? "GET";
        operation.Responses ??= [];

        if (!anonymous && policies.Count > 0)
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
            AddProblem(operation, context, "401", "No valid bearer token (missing, unknown, revoked or expired); see WWW-Authenticate.");
            if (policies.Any(p => !NoForbidden.Contains(p)))
                AddProblem(operation, context, "403", "The token's role in this home does not allow this request.");
        }

        if (description.ParameterDescriptions.Any(p => p.Source.Id == "Path"))
            AddProblem(operation, context, "404", "The home (or another resource in the path) does not exist or is not this token's.");
        if (operation.RequestBody is not null || method is "POST" or "PUT" or "PATCH")
        {
            AddProblem(operation, context, "400", "The body is not valid: errors maps each JSON path to its messages.");
            AddProblem(operation, context, "413", "The body is larger than the limit (Api:MaxRequestBodyBytes; profiles Api:MaxProfileBytes).");
        }
        else if (operation.Parameters?.Any(p => p.In == ParameterLocation.Query) == true)
        {
            AddProblem(operation, context, "400", "A query parameter is not valid: errors names it.");
        }

        if (metadata.OfType<ETagsMetadata>().Any())
            AddETags(operation, context, method);
        AddProblem(operation, context, "429", "Over this token's rate limit; retry after Retry-After seconds.");
        DescribePaging(operation);
        return Task.CompletedTask;
    }

    private static void AddETags(OpenApiOperation operation, OpenApiOperationTransformerContext context, string method)
    {
        operation.Parameters ??= [];
        var reading = method == "GET";
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = reading ? "If-None-Match" : "If-Match",
            In = ParameterLocation.Header,
            Description = reading
                ? "The ETag you hold: 304 Not Modified while the version is unchanged."
                : "The ETag you read: the change is made only at that version, else 412 and nothing changes. Absent: last write wins.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        if (reading)
            operation.Responses!.TryAdd("304", new OpenApiResponse { Description = "Not modified: the version in If-None-Match is current." });
        else
            AddProblem(operation, context, "412", "If-Match names another version than the current one; nothing was changed (currentVersion says which is).");

        foreach (var (status, response) in operation.Responses!)
        {
            if (status.StartsWith('2') && response is OpenApiResponse ok)
            {
                ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
                ok.Headers["ETag"] = new OpenApiHeader { Description = "The resource's version as a strong ETag, \"7\".", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }
        }
    }

    private static void DescribePaging(OpenApiOperation operation)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            if (parameter.Name == "limit")
            {
                parameter.Description = $"Items per page, 1 to {ApiPaging.MaxLimit} (default {ApiPaging.DefaultLimit}).";
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = ApiPaging.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            }
            else if (parameter.Name == "cursor")
            {
                parameter.Description = "The previous page's nextCursor, as it was given; absent for the first page.";
            }
        }
    }

    private static void AddProblem(OpenApiOperation operation, OpenApiOperationTransformerContext context, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
            return;
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemJson] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProblemSchemaName, context.Document) },
            },
        };
    }

    private static void EnsureComponents(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes.TryAdd(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "aiot_…",
            Description = "A hub token: 'Authorization: Bearer aiot_…' (docs/api.md \"Authentication\").",
        });
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas.TryAdd(ProblemSchemaName, new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 7807 problem details; extra members (errors, currentVersion, limit, conflicts …) depend on the status.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
        });
    }
}
