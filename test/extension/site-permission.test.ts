import { describe, expect, it } from 'vitest';
import { pathSitePermissions, sitePermission } from '../../extension/site-permission.ts';
import { allPaths } from '../../shared/paths/all-paths.ts';
import { examplePath, exampleStep } from '../shared/paths/example-path.ts';

describe('sitePermission', () => {
  it('asks for every page of a site', () => {
    expect(sitePermission('https://111.nhs.uk')).toBe('https://111.nhs.uk/*');
  });

  it('keeps "any subdomain" and drops a port, which Firefox match patterns may not name', () => {
    expect(sitePermission('https://*.nhs.uk')).toBe('https://*.nhs.uk/*');
    expect(sitePermission('http://localhost:8080')).toBe('http://localhost/*');
  });
});

describe('pathSitePermissions', () => {
  it('names each site a path points at once, and none for steps off the web', () => {
    const path = examplePath({
      steps: [
        exampleStep('a', { onPage: { site: 'https://111.nhs.uk', action: 'read' } }),
        exampleStep('b', { onPage: { site: 'https://111.nhs.uk', page: '/start', action: 'click' } }),
        exampleStep('c'),
      ],
    });
    expect(pathSitePermissions([path])).toEqual(['https://111.nhs.uk/*']);
  });

  it('includes the practice pages on this computer for the built-in paths', () => {
    expect(pathSitePermissions(allPaths())).toContain('http://localhost/*');
  });
});
