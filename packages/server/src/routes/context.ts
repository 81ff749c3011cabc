import type { MiddlewareHandler } from 'hono';
import type { Db } from '../db.js';

/** What every resource module needs: the database and the organiser check. */
export interface RouteContext {
  db: Db;
  organiser: MiddlewareHandler;
}
