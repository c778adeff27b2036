console.debug('background');
