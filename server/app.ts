import path from 'node:path';
import fs from 'node:fs';
import Fastify, { type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from './db/database.ts';
import { RESOURCES } from './resources/index.ts';
import { referencesTo } from './resources/define.ts';
import { registerCrudRoutes } from './rest/crud-routes.ts';
import { frameworkError, parserError, registerErrorHandler, routeNotFound } from './rest/errors.ts';
import { registerAuth, type AuthOptions } from './auth/routes.ts';
import { isApiRequest } from './auth/api-path.ts';
import { DEFAULT_LIMITS } from './auth/sessions.ts';
import { DEFAULT_THROTTLE } from './auth/throttle.ts';
import { registerTransportHeaders } from './transport-headers.ts';
import { registerAuditRoutes } from './audits/routes.ts';
import { registerOutboxRoutes } from './rules/outbox/routes.ts';
import { registerOnboardingRoutes } from './rules/onboarding/routes.ts';
import { registerEvidenceRoutes } from './audits/evidence.ts';
import { registerCorrectiveActionRoutes } from './rules/corrective-actions/routes.ts';
import { registerDocumentRoutes } from './rules/documents/routes.ts';
import { registerWorkOrderRoutes } from './rules/work-orders/routes.ts';
import { registerUnlockCodeRoutes } from './rules/unlock-codes/routes.ts';
import { registerStatsRoutes } from './stats/routes.ts';
import { registerPortalRoutes } from './rules/portal/routes.ts';
import { registerAvailabilityRoutes } from './rules/availability/routes.ts';
import { registerShipmentRoutes } from './rules/shipments/routes.ts';
import { registerLocatorRoutes } from './rules/locator/routes.ts';
import { registerPaymentRoutes } from './rules/payments/routes.ts';
import type { PaymentGateway } from './rules/payments/gateway.ts';
import { paymentGateway as defaultGateway } from './rules/payments/choose.ts';
import { registerClientPortalRoutes } from './rules/client-portal/routes.ts';
import { PORTAL_HTML, isPortalPage } from './portal-shell.ts';
import { registerAppointmentRequestRoutes } from './rules/appointment-requests/routes.ts';
import { registerCustomerNoteRoutes } from './rules/customer-notes/routes.ts';
import { registerReportingRoutes } from './rules/reporting/routes.ts';
import { registerComplaintRoutes } from './rules/complaints/routes.ts';
import { registerCustomerDocumentRoutes } from './rules/customer-documents/routes.ts';
import { registerImportRoutes } from './rules/imports/routes.ts';
import { insertShippedTemplates } from './audits/shipped-templates.ts';
import { registerAuditTemplateRoutes } from './rules/audit-templates/routes.ts';

export interface AppOptions {
  database: Database;
  /** The built SPA to serve at `/`; omitted in API tests and in dev (Vite serves it). */
  staticDir?: string;
  logger?: FastifyServerOptions['logger'];
  auth?: Partial<Omit<AuthOptions, 'throttle'>> & { throttle?: Partial<AuthOptions['throttle']> };
  /** Which proxies' X-Forwarded-For/-Proto to believe (TRUST_PROXY): the client's address and whether it used HTTPS. */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** The payment processor (server/rules/payments/choose.ts by default: the sandbox); the auto-pay job is given the same one. */
  paymentGateway?: PaymentGateway;
  /** Rows per query of a CSV export (server/rest/csv-export.ts's EXPORT_BATCH_ROWS by default; tests use a few). */
  exportBatchRows?: number;
}

/** Request bodies above this are refused with 413. */
export const BODY_LIMIT = 1024 * 1024;

// The built SPA loads only its own scripts and styles; MUI injects style elements at run time.
const CONTENT_SECURITY_POLICY = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    upgradeInsecureRequests: null,
  },
};

export async function buildApp({ database, staticDir, logger = false, auth = {}, trustProxy = false, paymentGateway = defaultGateway(), exportBatchRows }: AppOptions) {
  const app = Fastify({
    logger: logger && { ...(typeof logger === 'object' ? logger : {}), redact: ['req.headers.cookie', 'res.headers["set-cookie"]'] },
    bodyLimit: BODY_LIMIT,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: frameworkError,
    clientErrorHandler: parserError,
    trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  // Routes declare their params, query string and body as zod schemas: parsed once, refused as a 400 by the error handler.
  app.setValidatorCompiler(validatorCompiler);
  registerErrorHandler(app);
  // HSTS is sent by registerTransportHeaders, over HTTPS only.
  await app.register(fastifyHelmet, { contentSecurityPolicy: CONTENT_SECURITY_POLICY, frameguard: { action: 'deny' }, strictTransportSecurity: false });
  registerTransportHeaders(app);
  await app.register(fastifyCookie);
  registerAuth(app, database.db, {
    limits: auth.limits ?? DEFAULT_LIMITS,
    throttle: { ...DEFAULT_THROTTLE, ...auth.throttle },
    secureCookie: auth.secureCookie ?? 'auto',
    publicUrl: auth.publicUrl ?? 'http://localhost:3000',
  });
  app.get('/api/health', async () => ({ ok: true }));
  const referencedBy = referencesTo(RESOURCES);
  for (const resource of RESOURCES) registerCrudRoutes(app, database.db, resource, referencedBy, { exportBatchRows });
  registerAuditRoutes(app, database.db);
  registerOutboxRoutes(app, database.db);
  registerOnboardingRoutes(app, database.db);
  registerEvidenceRoutes(app, database.db);
  registerCorrectiveActionRoutes(app, database.db);
  registerDocumentRoutes(app, database.db);
  registerWorkOrderRoutes(app, database.db);
  registerUnlockCodeRoutes(app, database.db);
  registerStatsRoutes(app, database.db);
  registerPortalRoutes(app, database.db);
  registerAvailabilityRoutes(app, database.db);
  registerShipmentRoutes(app, database.db);
  registerLocatorRoutes(app, database.db);
  registerPaymentRoutes(app, database.db, paymentGateway);
  registerClientPortalRoutes(app, database.db);
  registerAppointmentRequestRoutes(app, database.db);
  registerCustomerNoteRoutes(app, database.db);
  registerReportingRoutes(app, database.db);
  registerComplaintRoutes(app, database.db);
  registerCustomerDocumentRoutes(app, database.db);
  registerImportRoutes(app, database.db);
  registerAuditTemplateRoutes(app, database.db);
  // Shipped audit templates (audits/TEMPLATES) that a newer release added are stored on start.
  await insertShippedTemplates(database.db);

  const spa = staticDir && fs.existsSync(path.join(staticDir, 'index.html')) ? path.resolve(staticDir) : undefined;
  if (spa) await app.register(fastifyStatic, { root: spa, wildcard: false });
  // Client-side routes fall back to their app (the client portal's under /portal, the back office's elsewhere); unknown /api paths stay JSON 404s.
  app.setNotFoundHandler((request, reply) => {
    if (!spa || isApiRequest(request) || request.method !== 'GET') return routeNotFound(request, reply);
    const page = isPortalPage(request.url.split('?')[0]) ? PORTAL_HTML : 'index.html';
    return reply.type('text/html').sendFile(page);
  });
  app.addHook('onClose', () => database.close());
  return app;
}
