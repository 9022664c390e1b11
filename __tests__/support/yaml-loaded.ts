/**
 * Tests read YAML through YamlSource directly, as the CLI does after loading
 * yaml's document model; the action's own loading is tested through dist.
 */
import { loadYaml } from '../../src/core/yaml-source.js';

beforeAll(() => loadYaml());
