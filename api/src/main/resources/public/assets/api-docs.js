// Swagger UI for the API contract, served by Openbaar itself: no other host is contacted
// (validatorUrl: null switches off the badge that would call validator.swagger.io).
window.ui = SwaggerUIBundle({
  url: location.origin + '/openapi.yaml',
  dom_id: '#swagger-ui',
  validatorUrl: null,
  deepLinking: true,
  tryItOutEnabled: true
});
