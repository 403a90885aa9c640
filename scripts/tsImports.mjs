// @ts-check
// Lets Node's own TypeScript support load the project's modules, whose
// relative imports leave out `.ts` as Vite allows (`./articleSource`): a
// command-line tool imports this first, then the modules it needs.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (!relative || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
