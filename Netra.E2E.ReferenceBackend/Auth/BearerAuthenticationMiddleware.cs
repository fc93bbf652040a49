namespace Netra.E2E.ReferenceBackend.Auth;

/// <summary>Checks an <c>Authorization: Bearer</c> token once per request and keeps the outcome for handlers.</summary>
internal sealed class BearerAuthenticationMiddleware(RequestDelegate next, TokenValidator validator, TokenUse use)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            context.Items[RequestUser.ItemKey] = await validator.ValidateAsync(header[7..].Trim(), use, context.RequestAborted);
        }
        else if (header.Length > 0)
        {
            context.Items[RequestUser.ItemKey] = TokenCheck.Invalid("unsupported_scheme");
        }

        await next(context);
    }
}
